import { BATCH_STATUS_LABELS } from '../domain/batch-status.ts';
import { MEASURE_FEEDBACK_RESULT_LABELS } from '../domain/measure-feedback.ts';
import { RECORD_STATUS_LABELS } from '../domain/record.ts';
import { AUDIENCE_LABELS } from '../domain/roles.ts';
import { DECLARATION_CATEGORY_LABELS } from '../domain/workflows/declaration-workflow.ts';
import { REPORT_AUDIENCE_LABELS } from '../services/report/report.ts';
import { SHARE_EVENT_LABELS } from '../services/sharing/share-event.ts';
import { LOAN_FIELD_LABELS, LOAN_STATUS_LABELS } from '../services/whitelist/loan.ts';

/**
 * The Chinese name of each request field (body, query and path parameters of the API), used when a request is refused
 * so the message names the field as the form shows it ("请求体字段“附件”第 1 项…"), never the API key. A key missing
 * here is shown as it is; a key that already is Chinese (a catalog column header) needs no entry.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...LOAN_FIELD_LABELS,
  acceptsCommitment: '信用承诺',
  action: '操作',
  actor: '操作人',
  appliedOn: '实施日期',
  asOf: '基准日',
  attachments: '证明材料',
  audience: '报告版本',
  bank: '金融机构',
  basis: '检查依据',
  body: '诉求内容',
  category: '诉求类别',
  checkItems: '检查事项',
  code: '代码',
  comment: '意见',
  commitmentType: '承诺类型',
  confirmDigest: '版本摘要',
  contentBase64: '文件内容',
  correction: '纠正失信行为、履行义务的情况',
  corrections: '更正后的字段值',
  currentPassword: '当前口令',
  cursor: '翻页位置',
  date: '统计日期',
  delivery: '送达方式',
  department: '部门',
  departmentCode: '部门',
  dimension: '分组维度',
  disabled: '停用',
  displayName: '姓名或单位名称',
  dueOn: '截止日期',
  escalated: '督办',
  evaluationId: '评价结果',
  eventTypes: '消息类型',
  evidence: '核查依据与结果',
  expiresAt: '过期时间',
  fields: '申报内容',
  fileName: '文件名',
  findings: '检查结果',
  format: '格式',
  from: '起始日期',
  generationId: '名单期次',
  grade: '信用等级',
  grantee: '被授权机构',
  group: '分组',
  highlights: '亮点',
  id: '编号',
  industry: '行业',
  industryPrefix: '行业代码前缀',
  inspectedOn: '检查日期',
  inspectionType: '检查方式',
  inspector: '检查人员',
  inspectors: '检查人员',
  inspectorsPerVisit: '每户检查人员数',
  isFalse: '是否为虚假承诺',
  itemCode: '承诺办理的事项',
  kind: '记录类别',
  label: '名单名称',
  legalBasis: '法律依据',
  limit: '每页条数',
  list: '任务清单',
  measure: '措施',
  mode: '入库方式',
  modelId: '模型',
  month: '月份',
  name: '名称',
  newPassword: '新口令',
  note: '说明',
  number: '报告编号',
  offset: '跳过条数',
  originalId: '原诉求编号',
  outcome: '办理结果',
  overdue: '超期',
  password: '口令',
  percent: '完成进度',
  phase: '实施阶段',
  phone: '手机号码',
  photos: '现场照片',
  planIds: '检查计划',
  purpose: '用途',
  q: '关键词',
  rating: '评价',
  ratios: '抽查比例',
  reason: '理由',
  recipient: '接收方',
  recordId: '信用记录',
  records: '记录',
  requestType: '诉求类型',
  result: '实施情况',
  reveal: '显示个人信息',
  role: '角色',
  scene: '场景',
  scope: '范围',
  scopes: '权限',
  seed: '随机种子',
  seq: '事件序号',
  sha256: '附件',
  startsOn: '开始日期',
  state: '状态',
  status: '状态',
  story: '案例正文',
  subjectId: '对象编号',
  subjectType: '对象类型',
  supervision: '督查',
  text: '内容',
  tier: '梯次培育库层级',
  title: '标题',
  to: '截止日期',
  trackingCode: '查询码',
  types: '消息类型',
  unit: '部门',
  unitCode: '报送单位',
  unread: '未读',
  url: '接收地址',
  usccs: '统一社会信用代码',
  uscc: '统一社会信用代码',
  username: '用户名',
  validUntil: '授权截止日',
  version: '版本号',
};

/**
 * A field path as a person reads it: the top-level field's Chinese name in quotes, then the item and sub-field
 * (`["attachments", 0]` → `字段“证明材料”第 1 项`, `["records", 3, "处罚机关"]` → `字段“记录”第 4 项的“处罚机关”`).
 * `ownLabels` are the route's own names for the steps (a schema's short Chinese description), preferred where given.
 */
export function describeFieldPath(
  path: ReadonlyArray<string | number>,
  ownLabels: ReadonlyArray<string | undefined> = [],
): string {
  const label = (part: string | number, index: number) =>
    ownLabels[index] ?? FIELD_LABELS[String(part)] ?? String(part);
  return path
    .map((part, index) =>
      typeof part === 'number' || /^\d+$/.test(part)
        ? `第 ${Number(part) + 1} 项`
        : index === 0
          ? `字段“${label(part, index)}”`
          : `的“${label(part, index)}”`,
    )
    .join('');
}

/**
 * The Chinese name of each value of a closed list a request may carry (roles, event types, states…), from the tables
 * the screens use, so a refused value lists the choices as the form offers them, never the API codes. A value whose
 * enum describes its codes itself (`open 待处理；confirmed 已确认`) is named from that description first.
 */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  ...BATCH_STATUS_LABELS,
  ...RECORD_STATUS_LABELS,
  ...LOAN_STATUS_LABELS,
  ...MEASURE_FEEDBACK_RESULT_LABELS,
  ...DECLARATION_CATEGORY_LABELS,
  ...REPORT_AUDIENCE_LABELS,
  ...SHARE_EVENT_LABELS,
  ...AUDIENCE_LABELS,
  webhook: 'Webhook 推送',
  pull: '定时拉取',
};

/** `code 标签` pairs in an enum's description (`open 待处理；confirmed 已确认`, `grade_changed 信用等级变化、…`). */
function labelsInDescription(description: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of (description ?? '').matchAll(/([A-Za-z][\w-]*)\s*[:：]?\s*([\p{Script=Han}][^、；;，,]*)/gu))
    labels[match[1]!] = match[2]!.trim();
  return labels;
}

/** The allowed values of a closed list as a person reads them: `信用等级变化、新增失信记录` (a code without a name stays). */
export function describeAllowedValues(values: ReadonlyArray<unknown>, description?: string): string {
  const own = labelsInDescription(description);
  return values
    .map((value) => {
      const code = String(value);
      return own[code] ?? VALUE_LABELS[code] ?? code;
    })
    .join('、');
}
