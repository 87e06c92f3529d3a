/** '2026-11-24 10:30' on the Shanghai clock. */
const shanghai = (at: Date): string =>
  new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export interface DissatisfiedMailInput {
  callbackNumber: string;
  sourceLabel: string;
  sourceNumber: string;
  complaintNumber: string;
  residentName: string;
  residentPhone: string | null;
  comments: string | null;
  suggestions: string | null;
  calledBy: string;
  at: Date;
  link: string;
}

/** The director's mail when a resident is dissatisfied (docs/callbacks.md §3.3): what, who, what they said, where to look. */
export const dissatisfiedMail = (input: DissatisfiedMailInput): { subject: string; text: string } => ({
  subject: `【回访不满意】${input.sourceLabel} ${input.sourceNumber} 已转新诉求 ${input.complaintNumber}`,
  text: [
    '服务中心主任：',
    '',
    `住户对${input.sourceLabel} ${input.sourceNumber} 的处理结果不满意，系统已新开客户诉求 ${input.complaintNumber}，请组织跟进。`,
    '',
    `回访记录：${input.callbackNumber}（${shanghai(input.at)}，回访人 ${input.calledBy || '—'}）`,
    `住户：${input.residentName || '—'}${input.residentPhone ? `（${input.residentPhone}）` : ''}`,
    `住户意见：${input.comments || '—'}`,
    `住户建议：${input.suggestions || '—'}`,
    '',
    `查看新诉求：${input.link}`,
    '',
    '—— 物业客服台 WuyeDesk（系统邮件，请勿直接回复）',
  ].join('\n'),
});

/** The new complaint's description: the first record and what the resident said. */
export const reopenedDescription = ({
  sourceLabel,
  sourceNumber,
  callbackNumber,
  comments,
}: {
  sourceLabel: string;
  sourceNumber: string;
  callbackNumber: string;
  comments: string | null;
}): string =>
  `回访不满意（${sourceLabel} ${sourceNumber}，回访 ${callbackNumber}）：${comments || '住户对处理结果不满意'}`;
