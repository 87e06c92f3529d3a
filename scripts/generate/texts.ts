// The report texts are the demo seed's, so generated and demo data read alike.
export { COMPLAINT_TEMPLATES, REPAIR_TEMPLATES } from '../../cms/src/seed/texts';

/** Where a report without a unit happened (地址). */
export const COMMON_PLACES = ['小区东门', '地下车库B区', '3栋楼道', '会所门口', '儿童游乐区', '垃圾房旁', '南侧绿化带', '快递柜'];

export const RESOLUTIONS = ['已现场处理，住户认可', '已安排人员处理完毕', '已电话回复住户，住户表示满意', '已协调相关方整改', '已解释说明，住户理解'];
export const REPAIR_RESOLUTIONS = ['已更换配件，试用正常', '已疏通，排水正常', '已修复，住户确认', '已更换灯具'];
export const LATE_REASONS = ['配件到货延迟', '住户不在家，改约时间', '需要第三方单位配合', '涉及公共维修资金审批'];
export const VOID_REASONS = ['重复登记', '住户撤回', '登记错误'];
export const TECHNICIANS = ['李师傅', '王师傅', '陈师傅', '赵师傅', '刘师傅'];
export const MATERIALS = ['水管接头 1 个', '插座面板 1 个', '锁芯 1 个', 'LED 灯泡 2 个', '密封胶 1 支', '—'];
