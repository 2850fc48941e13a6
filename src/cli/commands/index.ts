import { BATCH_STATUSES } from '../../domain/batch-status.ts';
import { DIMENSIONS } from '../../domain/index-dimensions.ts';
import type { CommandListing } from '../command.ts';

/**
 * Every command of the CLI: the words that select it and its help text, here; its code in its own file, imported only
 * when it runs, so that `xinping help` and `xinping uscc` start without loading the store, the server or the engine.
 */
export const commands: CommandListing[] = [
  {
    name: ['db', 'migrate'],
    summary: '创建或升级数据库结构',
    usage: 'db migrate',
    load: async () => (await import('./db-migrate.ts')).migrateCommand,
  },
  {
    name: ['audit', 'verify'],
    summary: '校验审计链，报告第一条被篡改或删除的事件；可核对已公布的检查点',
    usage: 'audit verify [--expect-head SEQ:HASH|检查点文件 …] [--key-fingerprint 公钥指纹] [--json]',
    load: async () => (await import('./audit-verify.ts')).auditVerifyCommand,
  },
  {
    name: ['audit', 'list'],
    summary: '查看审计记录（最新在前）',
    usage: 'audit list [--limit N] [--action 动作] [--json]',
    load: async () => (await import('./audit-list.ts')).auditListCommand,
  },
  {
    name: ['uscc'],
    summary: '校验统一社会信用代码（GB 32100-2015）',
    usage: 'uscc CODE... [--json]',
    load: async () => (await import('./uscc.ts')).usccCommand,
  },
  {
    name: ['enterprise', 'list'],
    summary: '列出企业（按代码前缀或名称关键字检索，分页）',
    usage: 'enterprise list [--query TEXT] [--limit N] [--offset N] [--json]',
    load: async () => (await import('./enterprise-list.ts')).enterpriseListCommand,
  },
  {
    name: ['enterprise', 'show'],
    summary: '查看企业信息及其信用记录（个人信息已脱敏）',
    usage: 'enterprise show USCC [--json]',
    load: async () => (await import('./enterprise-show.ts')).enterpriseShowCommand,
  },
  {
    name: ['enterprise', 'register'],
    summary: '登记或更新企业（JSON 文件或命令行参数），逐项校验',
    usage:
      'enterprise register （--file FILE.json | --uscc CODE --name NAME [--legal-representative NAME] [--industry I65] [--region 420703] [--registered-on YYYY-MM-DD] [--status 存续] [--tiers tech_sme,high_tech] [--incubator INC01]） --operator NAME [--json]',
    load: async () => (await import('./enterprise-register.ts')).enterpriseRegisterCommand,
  },
  {
    name: ['enterprise', 'accept-legacy'],
    summary: '人工认可未通过校验的历史统一社会信用代码（记录认可人和理由）',
    usage: 'enterprise accept-legacy USCC --reason TEXT --operator NAME [--json]',
    load: async () => (await import('./enterprise-accept-legacy.ts')).enterpriseAcceptLegacyCommand,
  },
  {
    name: ['import'],
    summary: '导入部门报送的信用记录文件（xlsx / csv / json）',
    usage:
      'import FILE --dept 单位 [--kind 类别] [--accept-valid] [--rejections FILE] [--json] [--operator 姓名] [--progress]',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: ['import', 'list'],
    summary: '列出导入批次（最新的在前），含已入库、整批拒收、进行中与中断的批次',
    usage: `import list [--status ${BATCH_STATUSES.join('|')}] [--dept 报送单位代码] [--limit N] [--json]`,
    load: async () => (await import('./import-list.ts')).importListCommand,
  },
  {
    name: ['demo'],
    summary: '生成确定性的演示数据（默认约 2,000 家企业及近五年各类信用记录）',
    usage: 'demo [--enterprises N] [--seed S] [--as-of YYYY-MM-DD] [--force] [--write-files 目录] [--json]',
    load: async () => (await import('./demo.ts')).demoCommand,
  },
  {
    name: ['start'],
    summary: '启动平台：首次启动时自动生成演示数据与演示账号，然后启动 HTTP 服务',
    usage: 'start [--port N] [--host H]',
    servesStore: true,
    load: async () => (await import('./start.ts')).startCommand,
  },
  {
    name: ['model', 'lint'],
    summary: '检查评价模型（依据、单位、说明、权重合计、等级兜底行、参数日期覆盖、测试用例）',
    usage: 'model lint [模型目录]',
    load: async () => (await import('./model-lint.ts')).modelLintCommand,
  },
  {
    name: ['model', 'test'],
    summary: '运行评价模型的测试用例（每个指标旁的 .test.yaml 与 model.test.yaml）',
    usage: 'model test [模型目录]',
    load: async () => (await import('./model-test.ts')).modelTestCommand,
  },
  {
    name: ['model', 'simulate'],
    summary: '模拟模型草稿：与现行版本对比等级分布、迁移矩阵及等级变化的企业',
    usage: 'model simulate 草稿目录 [--as-of YYYY-MM-DD] [--limit N] [--json] [--operator 姓名]',
    load: async () => (await import('./model-simulate.ts')).modelSimulateCommand,
  },
  {
    name: ['model', 'publish'],
    summary: '发布已模拟的模型版本（停用原版本，冻结新版本，并重新评价全部企业）',
    usage: 'model publish 模型目录 --operator 姓名 [--json] [--progress]',
    load: async () => (await import('./model-publish.ts')).modelPublishCommand,
  },
  {
    name: ['evaluate'],
    summary:
      '信用评价：单个企业（含得分依据）、全部企业（--all，可中断续跑）或每日到期重评（--due，只评价结果可能已变化的企业）',
    usage: 'evaluate USCC|--all|--due [--as-of YYYY-MM-DD] [--json] [--progress] [--operator 姓名]',
    load: async () => (await import('./evaluate.ts')).evaluateCommand,
  },
  {
    name: ['record', 'show'],
    summary: '查看一条信用记录：各版本、来源，负面记录的公示期与信用修复起始日',
    usage: 'record show ID [--as-of YYYY-MM-DD] [--json]',
    load: async () => (await import('./record-show.ts')).recordShowCommand,
  },
  {
    name: ['serve'],
    summary: '启动 HTTP 接口服务（含 /docs 接口文档）',
    usage: 'serve [--port N] [--host H]',
    servesStore: true,
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  {
    name: ['worker'],
    summary:
      '启动工作进程（仅 PostgreSQL）：领取任务队列中的批量评价分片、网页导入、模型模拟与定期任务，可在多台机器上各启动若干个',
    usage: 'worker [--concurrency N]',
    load: async () => (await import('./worker.ts')).workerCommand,
  },
  {
    name: ['user', 'create'],
    summary: '创建账号（密码从标准输入读取）',
    usage: 'user create 用户名 --role 角色 --name 显示名称 [--department 部门代码] [--uscc 代码] --password-stdin',
    load: async () => (await import('./user-create.ts')).userCreateCommand,
  },
  {
    name: ['report'],
    summary: '签发企业信用报告（PDF、HTML 或 JSON），带报告编号与验证码',
    usage:
      'report USCC --format pdf|html|json --out FILE [--as-of YYYY-MM-DD] [--audience full|public] [--operator 姓名]',
    load: async () => (await import('./report.ts')).reportCommand,
  },
  {
    name: ['share', 'export'],
    summary: '导出共享文件（xlsx）：企业信用等级与自上次导出以来新增的失信、已修复记录',
    usage: 'share export --out DIR [--department 部门代码] [--every-days N] [--operator 姓名] [--json]',
    load: async () => (await import('./share-export.ts')).shareExportCommand,
  },
  {
    name: ['share', 'run'],
    summary: '执行一轮共享：投递待发送的 Webhook，并导出到期的定期共享文件（供 cron 定时调用）',
    usage: 'share run [--operator 姓名] [--json]',
    load: async () => (await import('./share-run.ts')).shareRunCommand,
  },
  {
    name: ['upward', 'run'],
    summary: '执行一轮向上共享：列入新的记录版本与评价结果，生成已结束日期的签名日包，推送待报送批次',
    usage: 'upward run [--package-day YYYY-MM-DD] [--operator 姓名] [--json]',
    load: async () => (await import('./upward-run.ts')).upwardRunCommand,
  },
  {
    name: ['notify', 'deliver'],
    summary: '发送一轮企业通知的短信与邮件：待发送的逐条发送，失败的按退避时间重试（供 cron 定时调用）',
    usage: 'notify deliver [--json]',
    load: async () => (await import('./notify-deliver.ts')).notifyDeliverCommand,
  },
  {
    name: ['whitelist', 'run'],
    summary: '知识产权质押融资白名单：到期则生成本月名单并推送给金融机构，否则复核现行名单（供 cron 定时调用）',
    usage: 'whitelist run [--as-of YYYY-MM-DD] [--force] [--operator 姓名] [--json]',
    load: async () => (await import('./whitelist-run.ts')).whitelistRunCommand,
  },
  {
    name: ['policy', 'match'],
    summary: '惠企政策匹配（免申即享）：找出符合各项政策条件的企业并记录；--notify 通知新符合条件的企业和兑现部门',
    usage: 'policy match [--notify] [--as-of YYYY-MM-DD] [--operator 姓名] [--json]',
    load: async () => (await import('./policy-match.ts')).policyMatchCommand,
  },
  {
    name: ['index', 'close'],
    summary: '结算信用指数：冻结已结束月份的指数（不指定月份时结算全部未结算的已结束月份）',
    usage: 'index close [--month YYYY-MM] [--operator 姓名] [--json]',
    load: async () => (await import('./index-close.ts')).indexCloseCommand,
  },
  {
    name: ['index', 'show'],
    summary: '查看信用指数（按月；已结算月份冻结，本月为暂定值）',
    usage: `index show [--dimension ${DIMENSIONS.join('|')}] [--group 代码] [--from YYYY-MM] [--to YYYY-MM] [--json]`,
    load: async () => (await import('./index-show.ts')).indexShowCommand,
  },
  {
    name: ['request', 'escalate'],
    summary: '企呼我应：把超过答复时限仍未答复的诉求标记为督办，并通知承办部门与平台管理员（供 cron 每日调用）',
    usage: 'request escalate [--date YYYY-MM-DD] [--json]',
    load: async () => (await import('./request-escalate.ts')).requestEscalateCommand,
  },
  {
    name: ['task', 'remind'],
    summary: '重点任务：向牵头单位发送临期、逾期提醒（每项任务每种情况只提醒一次，供 cron 每日调用）',
    usage: 'task remind [--date YYYY-MM-DD] [--json]',
    load: async () => (await import('./task-remind.ts')).taskRemindCommand,
  },
  {
    name: ['task', 'bulletin'],
    summary: '重点任务：生成截至某日的推进情况通报（PDF 或 HTML，按输出文件扩展名）',
    usage: 'task bulletin --out 文件.pdf|文件.html [--date YYYY-MM-DD] [--list 000|001]',
    load: async () => (await import('./task-bulletin.ts')).taskBulletinCommand,
  },
  {
    name: ['working-days', 'add'],
    summary: '推算 FROM 之后第 DAYS 个工作日（按已载入的节假日安排），并说明日历是否覆盖',
    usage: 'working-days add FROM DAYS [--json]',
    load: async () => (await import('./working-days-add.ts')).workingDaysAddCommand,
  },
  {
    name: ['working-days', 'load'],
    summary: '载入一个年度的国务院节假日安排（YAML 或 JSON，格式见 README），并重新计算受影响的办理期限',
    usage: 'working-days load FILE --operator 姓名 [--json]',
    load: async () => (await import('./working-days-load.ts')).workingDaysLoadCommand,
  },
  {
    name: ['working-days', 'list'],
    summary: '查看已载入的节假日安排年度（载入人、时间）和日历覆盖到哪一天',
    usage: 'working-days list [--json]',
    load: async () => (await import('./working-days-list.ts')).workingDaysListCommand,
  },
  {
    name: ['keys', 'rotate'],
    summary: '轮换数据加密密钥（旧密钥保留用于解密），可选用新密钥重新加密已存数据',
    usage: 'keys rotate [--reencrypt] [--json]',
    load: async () => (await import('./keys-rotate.ts')).keysRotateCommand,
  },
  {
    name: ['audit', 'checkpoint'],
    summary: '签发今天的审计链检查点（链头序号、哈希与时间，平台签名），可导出为文件',
    usage: 'audit checkpoint [--out FILE] [--json]',
    load: async () => (await import('./audit-checkpoint.ts')).auditCheckpointCommand,
  },
  {
    name: ['report', 'verify'],
    summary: '离线核验信用报告（PDF 或 JSON）的平台签名，无需数据库',
    usage: 'report verify FILE [--public-key 平台公钥.pem] [--json]',
    load: async () => (await import('./report-verify.ts')).reportVerifyCommand,
  },
  {
    name: ['backup'],
    summary: '备份数据库（内嵌库或 PostgreSQL），并恢复到临时库核对审计链链头与当前信用等级',
    usage: 'backup 文件 [--no-verify] [--json]',
    load: async () => (await import('./backup.ts')).backupCommand,
  },
  {
    name: ['restore'],
    summary: '把 xinping backup 的备份恢复到空的数据目录或空的 PostgreSQL 数据库，并校验审计链',
    usage: 'restore 文件 [--json]',
    load: async () => (await import('./restore.ts')).restoreCommand,
  },
];
