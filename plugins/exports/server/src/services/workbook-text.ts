import type { Granularity, Locale } from '@wuyedesk/contracts';

/** The statistics workbook's words, zh-CN and en. */
export const WORKBOOK_TEXT = {
  'zh-CN': {
    sheets: { completion: '完成率', unfinished: '未完成工单', complaints: '投诉统计', repairs: '报修统计', callbacks: '回访', keys: '钥匙', archives: '档案借阅' },
    granularity: { day: '按日', week: '按周', month: '按月' } as Record<Granularity, string>,
    completionHeaders: ['登记簿', '期间', '受理', '按时完成', '超时完成', '未完成', '完成率', '按时率'],
    unfinishedHeaders: ['登记簿', '编号', '受理时间', '责任部门', '状态', '处理时限', '未完成原因', '已开天数'],
    callbackHeaders: ['登记簿', '部门', '期间', '已完成', '应回访', '已回访', '按时回访', '回访率', '目标', '满意', '基本满意', '不满意', '平均分'],
    keyTotalsHeaders: ['借用次数', '逾期归还', '遗失'],
    keyCountHeaders: ['盘点类型', '盘点次数', '有缺失的盘点', '缺失钥匙数'],
    lateKeyHeaders: ['编号', '钥匙', '借用人', '应还时间', '归还时间', '状态'],
    archiveTotalsHeaders: ['借出次数', '逾期'],
    overdueArchiveHeaders: ['编号', '档案', '申请人', '应还时间', '归还时间'],
    total: '合计', count: '数量', asOf: '截至', noReason: '（未填写原因）', monthOrMore: '超过一个月',
    byCategory: '按类别', byDepartment: '按部门', byCause: '按原因', byUrgency: '按紧急程度',
    category: '类别', department: '部门', cause: '投诉原因', urgency: '紧急程度',
    callbacksUnavailable: '回访数据不可用（未安装回访模块）', targets: '目标：投诉 100%，报修 30%',
    keyLoans: '钥匙借用', keyCounts: '钥匙盘点', lateKeyLoans: '逾期归还的钥匙借用',
    archiveLoans: '档案借出', overdueArchiveLoans: '逾期未还或逾期归还的档案',
  },
  en: {
    sheets: { completion: 'Completion', unfinished: 'Unfinished', complaints: 'Complaints', repairs: 'Repairs', callbacks: 'Callbacks', keys: 'Keys', archives: 'Archive loans' },
    granularity: { day: 'By day', week: 'By week', month: 'By month' } as Record<Granularity, string>,
    completionHeaders: ['Register', 'Period', 'Received', 'On time', 'Late', 'Open', 'Completion rate', 'On-time rate'],
    unfinishedHeaders: ['Register', 'Number', 'Received at', 'Department', 'Status', 'Due at', 'Reason', 'Days open'],
    callbackHeaders: ['Register', 'Department', 'Period', 'Resolved', 'Required', 'Done', 'On time', 'Rate', 'Target', 'Satisfied', 'Basically satisfied', 'Dissatisfied', 'Average score'],
    keyTotalsHeaders: ['Loans', 'Returned late', 'Lost'],
    keyCountHeaders: ['Kind', 'Counts', 'Counts with missing keys', 'Missing keys'],
    lateKeyHeaders: ['Number', 'Key', 'Borrower', 'Due back at', 'Returned at', 'Status'],
    archiveTotalsHeaders: ['Loans', 'Overdue'],
    overdueArchiveHeaders: ['Number', 'Archive', 'Requester', 'Due back at', 'Returned at'],
    total: 'Total', count: 'Count', asOf: 'as of', noReason: '(no reason given)', monthOrMore: 'Open a month or more',
    byCategory: 'By category', byDepartment: 'By department', byCause: 'By cause', byUrgency: 'By urgency',
    category: 'Category', department: 'Department', cause: 'Cause', urgency: 'Urgency',
    callbacksUnavailable: 'Callback figures unavailable (callbacks module not installed)', targets: 'Targets: complaints 100%, repairs 30%',
    keyLoans: 'Key loans', keyCounts: 'Key counts', lateKeyLoans: 'Key loans returned late',
    archiveLoans: 'Archive loans', overdueArchiveLoans: 'Archive loans overdue',
  },
} satisfies Record<Locale, unknown>;

export type WorkbookText = (typeof WORKBOOK_TEXT)['zh-CN'];
