/**
 * App-level strings of the web application, flat dotted keys (ant-design-pro's convention). Page-specific labels may
 * stay in their page, in Chinese. Other engineers add keys here by appending lines in their own section.
 */
export const zhCN = {
  'app.name': '信评',
  'app.fullName': '科创企业公共信用综合评价平台',
  'app.district': '鄂州市华容区',

  'portal.admin': '管理端',
  'portal.enterprise': '企业服务',
  'portal.bank': '金融机构',
  'portal.association': '行业协会',
  'portal.public': '信用公示',

  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.username': '用户名',
  'auth.password': '密码',
  'auth.username.required': '请输入用户名',
  'auth.password.required': '请输入密码',
  'auth.loginTitle': '账号登录',
  'auth.sessionExpired': '登录已过期，请重新登录',
  'auth.loggedOut': '已退出登录',
  'auth.toPublic': '不登录，查看信用公示',
  'auth.unified.login': '政务服务网统一身份认证登录',
  'auth.unified.or': '或使用平台账号口令登录',
  'auth.unified.refused': '统一身份认证登录未成功',
  'auth.unified.subject': '您的统一身份标识：{subject}',
  'auth.unified.consentTitle': '授权使用统一身份认证信息',
  'auth.unified.consentIntro':
    '您已通过政务服务网统一身份认证。本平台将使用以下信息为{enterprise}（统一社会信用代码 {uscc}）{action}：',
  'auth.unified.consentCreate': '创建企业账号并登录',
  'auth.unified.consentLink': '关联已有企业账号并登录',
  'auth.unified.consentAccept': '同意授权并登录',
  'auth.unified.consentDecline': '不同意',
  'auth.unified.consentNote': '不同意时平台不创建账号、不登录，仅在审计日志中记下本次未授权。',
  'auth.changePassword': '修改口令',
  'auth.mustChangePassword': '初始口令、已重置或已过期的口令须先修改，才能使用平台的其他功能。',
  'auth.currentPassword': '当前口令',
  'auth.newPassword': '新口令',
  'auth.confirmPassword': '再次输入新口令',
  'auth.passwordMismatch': '两次输入的新口令不一致',
  'auth.passwordRules':
    '新口令须符合平台口令策略（长度、字符类别、不含用户名、非常见弱口令、不与最近使用过的口令相同）；不符合时会提示具体原因。',
  'auth.passwordChanged': '口令已修改，其他设备上的登录已全部失效',
  'app.demoBanner': '演示环境：数据为生成的演示数据，演示账号口令公开，请勿录入真实信息。',

  'state.loading': '加载中…',
  'state.empty': '暂无数据',
  'state.retry': '重试',
  'state.networkError': '无法连接服务器，请检查网络后重试',
  'state.unexpectedError': '出现意外错误（{status}），请稍后重试',

  'page.notFound': '页面不存在',
  'page.notFound.detail': '您访问的页面不存在或已被移动。',
  'page.forbidden': '无权访问',
  'page.forbidden.detail': '当前账号（{role}）不能查看此页面。',
  'page.backHome': '返回首页',
  'page.underConstruction': '该门户的页面正在建设中',

  'table.total': '共 {total} 条',
  'export.button': '导出 Excel',
  'export.done': '已下载 {fileName}',
  'job.running': '正在处理…',
  'job.done': '已完成',
  'job.failed': '处理失败',

  'menu.dashboard': '工作台',
  'menu.enterprises': '企业库',
  'menu.imports': '数据归集',
  'menu.review': '审核',
  'menu.review.declarations': '自主申报',
  'menu.review.objections': '异议申诉',
  'menu.review.repairs': '信用修复',
  'menu.model': '模型管理',
  'menu.gradeUse': '信用应用',
  'menu.users': '用户与权限',
  'menu.audit': '审计',

  // 企呼我应 and 重点任务
  'menu.requests': '企呼我应',
  'menu.reformTasks': '重点任务',
  'menu.incubators': '孵化载体',

  // Public portal (公众门户) and bank portal (金融机构)
  'menu.public.home': '首页',
  'menu.public.disclosure': '信用公示',
  'menu.public.model': '模型说明',
  'menu.public.inspections': '抽查结果',
  'menu.public.verify': '报告核验',
  'menu.public.cases': '典型案例',
  'menu.bank.whitelist': '推送名单',
  'menu.bank.applicants': '申请人查询',
  'menu.bank.loans': '贷款反馈',
  'public.searchPlaceholder': '企业名称关键词或统一社会信用代码',
  'deadline.uncovered': '按现行节假日安排推算，待次年安排公布后更新',
  'menu.workingDays': '节假日安排',
} as const;

export type MessageKey = keyof typeof zhCN;

/** The string of a key with `{name}` placeholders filled in. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
