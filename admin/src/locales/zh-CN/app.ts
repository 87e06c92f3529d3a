import type { appMessages as en } from '../en/app';
import type { MessagesLike } from '../types';

export const appMessages: MessagesLike<typeof en> = {
  app: { title: '物业客服台' },
  login: {
    username: '用户名或邮箱',
    requiredUsername: '请输入用户名或邮箱',
    invalidCredentials: '用户名或密码错误',
    unreachable: '无法连接服务器，请稍后再试',
    failed: '登录失败',
  },
  session: { loadFailed: '无法加载登记簿', noRegisters: '您暂时没有可以查看的登记簿', retry: '重试' },
  language: { label: '语言', zhCN: '简体中文', en: 'English' },
  menu: { registers: '登记', ledgers: '台账', reference: '基础资料', forms: '表单' },
  titles: {
    list: '{{resource}}',
    create: '新建{{resource}}',
    edit: '编辑{{resource}}',
    show: '{{resource}}详情',
    clone: '复制{{resource}}',
  },
  list: { search: '搜索：{{fields}}', listSeparator: '、' },
  form: { invalidJson: '{{label}}必须是有效的 JSON', finalRecord: '此记录已办结，不能再修改' },
  show: { details: '登记信息', handling: '办理情况', system: '系统记录' },
  values: { empty: '—', yes: '是', no: '否' },
  relation: { searchPlaceholder: '输入关键字搜索' },
  upload: { button: '上传', failed: '{{name}} 上传失败' },
  workflow: {
    note: '备注',
    confirmTitle: '确定要{{action}}吗？',
    confirmContent: '此步骤完成后不能撤销。',
    submit: '确定',
    done: '{{action}}：已完成',
    notAllowed: '记录已被他人更新，已重新加载，请再试一次',
    forbidden: '您的角色不能执行此步骤',
    failed: '操作失败：{{message}}',
  },
  history: {
    title: '办理记录',
    empty: '暂无记录',
    transition: '{{from}} → {{to}}',
    actor: '经办：{{actor}}',
    created: '登记',
    updated: '修改',
  },
};
