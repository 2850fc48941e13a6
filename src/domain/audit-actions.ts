/**
 * The closed list of audit actions (STYLE.md §7). Every write to the store appends one of these to the
 * hash-chained trail; the label is what officials read in the audit console.
 */
export const AUDIT_ACTIONS = {
  'import.committed': '导入批次已入库',
  'import.rejected': '导入批次被拒绝(未入库)',
  'record.corrected': '信用记录已更正',
  'enterprise.registered': '企业已登记',
  'enterprise.updated': '企业信息已变更',
  'uscc.legacy_accepted': '历史代码已人工认可',
  'demo.generated': '演示数据已生成',
  'auth.logged_in': '用户登录',
  'auth.login_failed': '登录失败',
  'auth.logged_out': '用户退出登录',
  'token.created': 'API 令牌已创建',
  'token.revoked': 'API 令牌已吊销',
  'user.created': '账号已创建',
  'user.updated': '账号已变更',
  'personal.revealed': '个人信息明文已查看',
  'model.simulated': '评价模型版本已模拟(与现行版本对比)',
  'model.published': '评价模型版本已发布',
  'model.retired': '评价模型版本已停用',
  'evaluation.run_started': '批量评价已开始',
  'evaluation.run_finished': '批量评价已完成',
  'report.issued': '信用报告已签发',
  'attachment.uploaded': '附件已上传',
  'declaration.submitted': '自主申报已提交',
  'declaration.accepted': '自主申报已受理',
  'declaration.approved': '自主申报已通过并记入信用记录',
  'declaration.rejected': '自主申报已驳回',
  'objection.submitted': '异议申请已提交',
  'objection.accepted': '异议申请已受理',
  'objection.corrected': '异议成立,记录已更正',
  'objection.revoked': '异议成立,记录已撤销',
  'objection.reevaluated': '异议处理:已重新评价',
  'objection.upheld': '异议处理:维持原结果',
  'repair.submitted': '信用修复申请已提交',
  'repair.accepted': '信用修复申请已受理',
  'repair.approved': '信用修复已准予,记录标为已修复',
  'repair.rejected': '信用修复申请未通过',
  'commitment.signed': '信用承诺已作出',
  'commitment.kept': '信用承诺核查为已履行',
  'commitment.broken': '信用承诺核查为未履行,已记入失信记录',
  'subscription.created': '共享订阅已登记',
  'subscription.cancelled': '共享订阅已取消',
  'authorization.granted': '企业已授权金融机构查询',
  'authorization.revoked': '企业已撤回查询授权',
  'list.pushed': '名单已推送给金融机构或行业协会',
  'share.exported': '定期共享文件已导出',
  'measures.queried': '已查询企业适用的信用激励与约束措施(资源挂接)',
  'inspection.plan_created': '双随机抽查计划已创建',
  'inspection.plan_drawn': '双随机抽查计划已摇号',
  'inspection.visits_merged': '多部门抽查已合并为综合查一次',
  'inspection.result_recorded': '抽查检查结果已录入',
  'inspection.results_published': '抽查检查结果已公示并记入信用记录',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
