import type { Locale } from '../types';

/** Every message about a malformed query string, by code, in both languages. `{param}` is the dotted parameter. */
export const QUERY_MESSAGES = {
  UNKNOWN_PARAMETER: { 'zh-CN': '不支持的查询参数“{param}”', en: 'Unknown query parameter "{param}"' },
  UNKNOWN_FIELD: { 'zh-CN': '查询参数 {param}：没有名为“{name}”的字段', en: '{param}: there is no field "{name}"' },
  UNKNOWN_OPERATOR: { 'zh-CN': '查询参数 {param}：不支持筛选条件“{name}”', en: '{param}: "{name}" is not a filter operator' },
  OPERATOR_NOT_FOR_FIELD: {
    'zh-CN': '查询参数 {param}：“{label}”不能使用筛选条件“{name}”',
    en: '{param}: "{label}" cannot be filtered with "{name}"',
  },
  NOT_FILTERABLE: { 'zh-CN': '查询参数 {param}：不能按“{label}”筛选', en: '{param}: "{label}" cannot be filtered on' },
  NOT_SORTABLE: { 'zh-CN': '查询参数 {param}：不能按“{label}”排序', en: '{param}: "{label}" cannot be sorted on' },
  NOT_SELECTABLE: { 'zh-CN': '查询参数 {param}：“{label}”不能单独选取', en: '{param}: "{label}" cannot be selected as a field' },
  NOT_POPULATABLE: { 'zh-CN': '查询参数 {param}：“{label}”不是关联字段', en: '{param}: "{label}" is not a relation' },
  BAD_SHAPE: { 'zh-CN': '查询参数 {param} 的格式不正确', en: '{param} is not in the right format' },
  NOT_A_VALUE: { 'zh-CN': '查询参数 {param} 必须是单个值', en: '{param} must be a single value' },
  NOT_A_LIST: { 'zh-CN': '查询参数 {param} 必须是值的列表', en: '{param} must be a list of values' },
  TOO_MANY_VALUES: { 'zh-CN': '查询参数 {param} 最多{max}个值', en: '{param} may have at most {max} values' },
  NOT_TWO_VALUES: { 'zh-CN': '查询参数 {param} 需要恰好两个值（起、止）', en: '{param} needs exactly two values (from, to)' },
  NOT_NUMBER: { 'zh-CN': '查询参数 {param}：“{value}”不是数字', en: '{param}: "{value}" is not a number' },
  NOT_INTEGER: { 'zh-CN': '查询参数 {param}：“{value}”不是整数', en: '{param}: "{value}" is not a whole number' },
  NOT_DATE: { 'zh-CN': '查询参数 {param}：“{value}”不是有效日期（年-月-日）', en: '{param}: "{value}" is not a date (YYYY-MM-DD)' },
  NOT_DATETIME: { 'zh-CN': '查询参数 {param}：“{value}”不是有效的日期时间', en: '{param}: "{value}" is not a valid date and time' },
  NOT_BOOLEAN: { 'zh-CN': '查询参数 {param}：“{value}”只能是 true 或 false', en: '{param}: "{value}" must be true or false' },
  NOT_OPTION: { 'zh-CN': '查询参数 {param}：“{value}”不是“{label}”的有效取值', en: '{param}: "{value}" is not a valid {label}' },
  TOO_LONG: { 'zh-CN': '查询参数 {param} 太长（最多{max}个字）', en: '{param} is too long (at most {max} characters)' },
  TOO_DEEP: { 'zh-CN': '查询参数 {param} 嵌套过深', en: '{param} is nested too deeply' },
  BAD_DIRECTION: { 'zh-CN': '查询参数 {param}：排序方向只能是 asc 或 desc', en: '{param}: the sort order must be asc or desc' },
  BAD_PAGINATION: { 'zh-CN': '查询参数 {param} 必须是{min}到{max}之间的整数', en: '{param} must be a whole number from {min} to {max}' },
  MIXED_PAGINATION: {
    'zh-CN': '分页参数不能同时使用 page/pageSize 与 start/limit',
    en: 'Pagination takes either page/pageSize or start/limit, not both',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type QueryErrorCode = keyof typeof QUERY_MESSAGES;
