import type { Locale } from './types';

/** Every message a person may read about their input, by code, in both languages. */
export const FIELD_MESSAGES = {
  REQUIRED: { 'zh-CN': '请填写{label}', en: '{label} is required' },
  REQUIRED_CHOICE: { 'zh-CN': '请选择{label}', en: 'Choose {label}' },
  ONE_OF_REQUIRED: { 'zh-CN': '请填写{labels}中的至少一项', en: 'Give at least one of {labels}' },
  NOT_TEXT: { 'zh-CN': '{label}必须是文字', en: '{label} must be text' },
  TOO_LONG: { 'zh-CN': '{label}不能超过{max}个字', en: '{label} must be at most {max} characters' },
  TOO_SHORT: { 'zh-CN': '{label}至少需要{min}个字', en: '{label} must be at least {min} characters' },
  PATTERN: { 'zh-CN': '{label}格式不正确', en: '{label} is not in the right format' },
  NOT_INTEGER: { 'zh-CN': '{label}必须是整数', en: '{label} must be a whole number' },
  NOT_NUMBER: { 'zh-CN': '{label}必须是数字', en: '{label} must be a number' },
  NOT_MONEY: { 'zh-CN': '{label}必须是金额（最多两位小数）', en: '{label} must be an amount with at most two decimals' },
  TOO_SMALL: { 'zh-CN': '{label}不能小于{min}', en: '{label} must be at least {min}' },
  TOO_LARGE: { 'zh-CN': '{label}不能大于{max}', en: '{label} must be at most {max}' },
  NOT_DATE: { 'zh-CN': '{label}必须是有效日期（年-月-日）', en: '{label} must be a date (YYYY-MM-DD)' },
  NOT_DATETIME: { 'zh-CN': '{label}必须是有效的日期时间', en: '{label} must be a valid date and time' },
  NOT_BOOLEAN: { 'zh-CN': '{label}只能是“是”或“否”', en: '{label} must be yes or no' },
  NOT_OPTION: { 'zh-CN': '{label}的取值“{value}”无效', en: '"{value}" is not a valid {label}' },
  NOT_REFERENCE: { 'zh-CN': '{label}必须是所选记录的编号', en: '{label} must reference a record' },
  NOT_FOUND: { 'zh-CN': '找不到所选的{label}', en: 'The chosen {label} does not exist' },
  NOT_FILE: { 'zh-CN': '{label}必须是已上传的文件', en: '{label} must be an uploaded file' },
  NOT_ID_CARD: { 'zh-CN': '{label}不是有效的身份证号码', en: '{label} is not a valid ID card number' },
  NOT_CHOICES: { 'zh-CN': '{label}必须是选项列表', en: '{label} must be a list of choices' },
  TOO_FEW_CHOICES: { 'zh-CN': '{label}至少选择{min}项', en: 'Choose at least {min} for {label}' },
  TOO_MANY_CHOICES: { 'zh-CN': '{label}最多选择{max}项', en: 'Choose at most {max} for {label}' },
  NOT_ROWS: { 'zh-CN': '{label}必须是若干行', en: '{label} must be a list of rows' },
  TOO_FEW_ROWS: { 'zh-CN': '{label}至少需要{min}行', en: '{label} needs at least {min} rows' },
  TOO_MANY_ROWS: { 'zh-CN': '{label}最多{max}行', en: '{label} may have at most {max} rows' },
  UNKNOWN_FIELD: { 'zh-CN': '未知字段“{name}”', en: 'Unknown field "{name}"' },
  MANAGED_FIELD: { 'zh-CN': '{label}由系统填写，不能手动修改', en: '{label} is set by the system and cannot be written' },
  ACTION_FIELD: { 'zh-CN': '{label}只能通过“{action}”操作填写', en: '{label} can only be set by the "{action}" action' },
  REQUIRED_BECAUSE: { 'zh-CN': '请填写{label}（{reason}）', en: '{label} is required: {reason}' },
  LOCKED_FIELD: { 'zh-CN': '记录已“{state}”，{label}不能再修改', en: 'The record is "{state}": {label} can no longer be changed' },
  IN_FUTURE: { 'zh-CN': '{label}不能晚于当前时间', en: '{label} cannot be in the future' },
  LOCKED_FIELD_USE_ACTION: {
    'zh-CN': '记录已“{state}”，{label}只能通过“{action}”操作修改',
    en: 'The record is "{state}": {label} can only be changed by the "{action}" action',
  },
  NOT_DISTINCT: { 'zh-CN': '{label}不能与{other}相同', en: '{label} must differ from {other}' },
  NOT_ACTION_INPUT: { 'zh-CN': '“{action}”操作不接受{label}', en: 'The "{action}" action does not take {label}' },
  CAPABILITY_LIST: { 'zh-CN': '请提交每项权限的岗位列表', en: 'Send the list of roles for each capability' },
  CAPABILITY_UNKNOWN: { 'zh-CN': '没有名为“{name}”的权限', en: 'There is no capability "{name}"' },
  CAPABILITY_HOLDER: { 'zh-CN': '“{label}”中有无法识别的岗位', en: '"{label}" names a role that does not exist' },
  CAPABILITY_DEPARTMENT: { 'zh-CN': '“{label}”不能限定部门', en: '"{label}" cannot be limited to a department' },
  CAPABILITY_LOCKOUT: { 'zh-CN': '至少要有一个岗位能设置岗位权限', en: 'At least one role must be able to set role capabilities' },
} as const satisfies Record<string, Record<Locale, string>>;

export type FieldErrorCode = keyof typeof FIELD_MESSAGES;

export const formatMessage = (
  template: string,
  params: Record<string, string | number | undefined>,
): string => template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
