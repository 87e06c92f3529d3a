/**
 * What residents report and staff write back, for plausible lists and searches. `dept` is the
 * code of the department that usually handles it (reference-data.ts).
 * Shared by the demo seed and the bulk generator (scripts/generate), so both read alike.
 */
export const COMPLAINT_TEMPLATES = [
  { text: '楼上装修噪音太大，中午休息时间也在施工', category: 'noise', dept: 'AG', kind: 'complaint' },
  { text: '地下车库有外来车辆占用业主固定车位', category: 'parking', dept: 'AG', kind: 'complaint' },
  { text: '单元门禁刷卡无反应，老人进出不便', category: 'engineering', dept: 'GC', kind: 'help' },
  { text: '楼道垃圾两天没有清运，有异味', category: 'cleaning', dept: 'BJ', kind: 'complaint' },
  { text: '小区绿化带杂草很多，蚊虫多', category: 'greening', dept: 'LH', kind: 'complaint' },
  { text: '电梯运行时有异响，担心安全', category: 'engineering', dept: 'GC', kind: 'complaint' },
  { text: '对本月物业费账单有疑问，多收了公摊电费', category: 'charges', dept: 'KF', kind: 'complaint' },
  { text: '夜间巡逻保安态度不好', category: 'service', dept: 'AG', kind: 'complaint' },
  { text: '宠物在草坪便溺无人清理', category: 'cleaning', dept: 'BJ', kind: 'complaint' },
  { text: '咨询装修申请需要提交哪些材料', category: 'other', dept: 'KF', kind: 'enquiry' },
  { text: '建议在儿童游乐区增加遮阳棚', category: 'greening', dept: 'LH', kind: 'suggestion' },
  { text: '办理车位月卡续费', category: 'parking', dept: 'KF', kind: 'paperwork' },
  { text: '地下室进水，需要紧急排水', category: 'engineering', dept: 'GC', kind: 'emergency' },
  { text: '广场舞音响声音太大，晚上九点后仍在继续', category: 'noise', dept: 'AG', kind: 'complaint' },
  { text: '快递柜旁堆放杂物，影响通行', category: 'cleaning', dept: 'BJ', kind: 'complaint' },
  { text: '客服前台接待不耐烦', category: 'service', dept: 'KF', kind: 'complaint' },
] as const;

export const REPAIR_TEMPLATES = [
  { text: '厨房水槽下水堵塞', location: '厨房', category: 'plumbing' },
  { text: '卫生间漏水到楼下', location: '卫生间', category: 'plumbing' },
  { text: '客厅插座没电', location: '客厅', category: 'electrical' },
  { text: '入户门锁芯损坏打不开', location: '入户门', category: 'doors_windows' },
  { text: '阳台窗户关不严，漏风', location: '阳台', category: 'doors_windows' },
  { text: '楼道声控灯不亮', location: '楼道', category: 'public_facility' },
  { text: '墙面瓷砖空鼓脱落', location: '卫生间墙面', category: 'walls' },
  { text: '电梯按钮失灵', location: '电梯轿厢', category: 'lift' },
  { text: '热水器打不着火', location: '厨房', category: 'other' },
] as const;
