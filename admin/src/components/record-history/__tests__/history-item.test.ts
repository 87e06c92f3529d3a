import { translateIn } from '../../../providers/i18n';
import { builtIn } from '../../../test/fixtures';
import { describeHistoryEntry } from '../history-item';

const complaints = builtIn('complaints');

describe('a history line', () => {
  it('names the step, the state change, the time on the office clock and who did it', () => {
    const line = describeHistoryEntry(
      complaints,
      { action: 'dispatch', fromStatus: 'received', toStatus: 'dispatched', at: '2026-11-24T02:05:00Z', actorName: '李静', note: '工程部' },
      'zh-CN',
      translateIn('zh-CN'),
    );
    expect(line).toEqual({
      kind: 'step',
      title: '派单',
      transition: '已登记 → 已派单',
      changes: [],
      meta: '2026-11-24 10:05 · 经办：李静',
      note: '工程部',
    });
  });

  it('calls the first entry 登记, coming from no state', () => {
    const line = describeHistoryEntry(
      complaints,
      { action: 'create', fromStatus: null, toStatus: 'received', at: '2026-11-24T02:00:00Z', actorName: null, note: null },
      'zh-CN',
      translateIn('zh-CN'),
    );
    expect(line.title).toBe('登记');
    expect(line.transition).toBe('— → 已登记');
  });

  it.each([
    ['escalate', 'escalation', '超时升级', 'Escalated (overdue)'],
    ['deadline-warning', 'warning', '时限预警', 'Deadline warning'],
  ])('marks the scheduler’s %s step apart, with its label', (action, kind, zh, en) => {
    const entry = { action, fromStatus: 'dispatched', toStatus: 'dispatched', at: '2026-11-24T02:31:00Z', actorName: null, note: '处理时限超时升级至客服主管（第1级）' };
    const line = describeHistoryEntry(complaints, entry, 'zh-CN', translateIn('zh-CN'));
    expect(line).toMatchObject({ kind, title: zh, transition: undefined, meta: '2026-11-24 10:31', note: '处理时限超时升级至客服主管（第1级）' });
    expect(describeHistoryEntry(complaints, entry, 'en', translateIn('en')).title).toBe(en);
  });
});

describe('the audit trail on a record’s page', () => {
  const loans = builtIn('archive-loans');
  const archives = builtIn('archives');

  it('lists each changed field with its label, from → to, in readable words', () => {
    const line = describeHistoryEntry(
      loans,
      {
        action: 'lend', fromStatus: 'approved', toStatus: 'lent', at: '2026-11-24T02:05:00Z', actorName: '王芳', note: null,
        changes: {
          status: { from: 'approved', to: 'lent' },
          dueAt: { from: null, to: '2026-12-01T09:00:00.000Z' },
          accessType: { from: 'read', to: 'loan' },
          approver: { from: null, to: 7 },
          archive: { from: 'a1', to: 'a2' },
        },
        labels: { approver: { '7': '张主管' }, archive: { a1: 'DA-YZ-001', a2: 'DA-YZ-002' } },
      },
      'zh-CN',
      translateIn('zh-CN'),
    );
    expect(line.transition).toBe('已批准 → 借出中');
    expect(line.changes.map((c) => [c.label, c.from, c.to])).toEqual([
      ['应还时间', '—', '2026-12-01 17:00'],
      ['方式', '查阅', '借出'],
      ['审批人', '—', '张主管'],
      ['档案', 'DA-YZ-001', 'DA-YZ-002'],
    ]);
  });

  it('names a step another register wrote on this record (an archive lent out)', () => {
    const line = describeHistoryEntry(
      archives,
      { action: 'lend', fromStatus: null, toStatus: null, at: '2026-11-24T02:05:00Z', actorName: '王芳', note: '档案查阅/借阅登记 DA-20261124-0001', changes: { state: { from: 'in_place', to: 'lent' } } },
      'zh-CN',
      translateIn('zh-CN'),
    );
    expect(line).toMatchObject({ title: '借出', changes: [{ label: '状态', from: '在档', to: '借出' }] });
  });
});
