import type { Kysely } from 'kysely';
import { type Rating, type RequestCategory, type RequestType } from '../../domain/requests/request-workflow.ts';
import { addWorkingDays, isWorkingDay } from '../../domain/working-days.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { seedTaskReports } from '../reform-tasks/seed-task-reports.ts';
import { escalateOverdueRequests } from '../requests/escalate-overdue-requests.ts';
import { fileRequest } from '../requests/file-request.ts';
import { handleRequest } from '../requests/handle-request.ts';
import { linkDuplicateRequest } from '../requests/link-duplicate-request.ts';
import { rateRequest } from '../requests/rate-request.ts';
import type { RequestActor } from '../requests/request-actor.ts';
import { loadRequestSettings } from '../requests/request-settings.ts';
import { transferRequest } from '../requests/transfer-request.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { SeededRandom } from './seeded-random.ts';
import { findFirstRecordOf } from '../../store/record.repository.ts';
import { listFirstEnterprises } from '../../store/enterprise.repository.ts';

/** What enterprises raise, per category: a title and a text the routing table reads. */
const TOPICS: Array<{ category: RequestCategory; type: RequestType; title: string; body: string }> = [
  {
    category: 'policy',
    type: 'request',
    title: '高新技术企业认定奖励何时兑现',
    body: '我司去年通过高新技术企业认定，区级奖励资金至今未到账，请问兑现进度。',
  },
  {
    category: 'policy',
    type: 'request',
    title: '研发费用加计扣除政策咨询',
    body: '想了解研发费用加计扣除在季度预缴时如何申报纳税，需要准备哪些材料。',
  },
  {
    category: 'policy',
    type: 'request',
    title: '人才公寓申请条件',
    body: '公司新引进两名硕士研发人员，想了解人才公寓和就业补贴的申请条件。',
  },
  {
    category: 'policy',
    type: 'request',
    title: '科技型中小企业评价入库辅导',
    body: '希望安排上门辅导科技型中小企业评价入库。',
  },
  {
    category: 'approval',
    type: 'request',
    title: '一照多址登记办理',
    body: '我司在孵化器内新增一个研发场地，想办理一照多址登记，请指导。',
  },
  {
    category: 'approval',
    type: 'complaint',
    title: '施工许可审批材料反复补正',
    body: '厂房改造施工许可已三次补正材料，每次要求不一致，希望一次性告知。',
  },
  {
    category: 'financing',
    type: 'request',
    title: '知识产权质押贷款贴息申请',
    body: '我司以两项发明专利质押获得贷款，想申请贴息，请问流程。',
  },
  {
    category: 'financing',
    type: 'request',
    title: '希望对接科技贷款产品',
    body: '企业有 500 万元流动资金需求，希望对接合作银行的科技贷款产品。',
  },
  {
    category: 'credit',
    type: 'request',
    title: '信用修复流程咨询',
    body: '我司一条一般失信记录已满最短公示期，想了解信用修复需要哪些材料。',
  },
  {
    category: 'credit',
    type: 'request',
    title: '信用评价结果更新时间',
    body: '我们上月完成了整改，想知道信用等级多久重新评价。',
  },
  {
    category: 'enforcement',
    type: 'complaint',
    title: '同一事项一月内被检查三次',
    body: '本月同一事项已接受三次现场检查，影响正常生产经营，希望综合查一次。',
  },
  {
    category: 'enforcement',
    type: 'request',
    title: '首违不罚适用咨询',
    body: '我司首次因标签标注问题被发现，想了解能否适用轻微免罚。',
  },
  {
    category: 'enforcement',
    type: 'complaint',
    title: '环保检查标准不一',
    body: '两次环境执法检查对排污口标识的要求不一致，希望明确标准。',
  },
  {
    category: 'utilities',
    type: 'complaint',
    title: '园区频繁停电',
    body: '本月园区已停电三次，未提前通知，造成设备损坏，请供电部门核查。',
  },
  {
    category: 'utilities',
    type: 'request',
    title: '燃气接入报装进度',
    body: '新厂房燃气接入报装已一个月，请告知进度。',
  },
  { category: 'utilities', type: 'complaint', title: '自来水水压不足', body: '厂区自来水水压长期不足，影响生产用水。' },
  { category: 'other', type: 'request', title: '希望增设园区公交站点', body: '员工通勤不便，希望在园区增设公交站点。' },
];

const GOOD: Rating[] = ['very_satisfied', 'satisfied', 'satisfied', 'basically_satisfied'];
const BAD: Rating[] = ['dissatisfied', 'very_dissatisfied'];
/** How far each case gets, with weights. */
const LIFECYCLES = {
  satisfied: 34,
  unrated: 8,
  reopenedThenGood: 8,
  reopenedThenBad: 4,
  transferred: 10,
  neverAnswered: 6,
  duplicate: 6,
  objection: 4,
} as const;
type Lifecycle = keyof typeof LIFECYCLES;

/** One step of a case, so many working days after filing. */
type Step =
  | { after: number; action: 'accept' | 'start' | 'close' }
  | { after: number; action: 'answer'; text: string }
  | { after: number; action: 'rate'; rating: Rating; comment: string | null }
  | { after: number; action: 'transfer' }
  | { after: number; action: 'link' };

const ANSWER = '经核实，相关事项已按规定办理，具体情况已电话告知。';
const REANSWER = '已整改：重新核查后，相关问题已协调解决。';

/** The steps of a case of a lifecycle: most answers come within the deadline, some a few days late. */
function stepsOf(
  lifecycle: Lifecycle,
  random: SeededRandom,
  answerDays: number,
  ratingWindow: number,
  rectificationDays: number,
): Step[] {
  if (lifecycle === 'objection')
    return [
      { after: 2, action: 'rate', rating: 'satisfied', comment: null },
      { after: 4, action: 'close' },
    ];
  if (lifecycle === 'duplicate') return [{ after: 1, action: 'link' }];
  const steps: Step[] = [{ after: random.int(0, 1), action: 'accept' }];
  if (random.chance(0.5)) steps.push({ after: steps[0]!.after, action: 'start' });
  if (lifecycle === 'neverAnswered') return steps;
  let at = steps[0]!.after;
  if (lifecycle === 'transferred')
    steps.push({ after: (at += 1), action: 'transfer' }, { after: (at += 1), action: 'accept' });
  const answerAt = Math.max(random.int(1, answerDays + 3), at + 1);
  steps.push({ after: answerAt, action: 'answer', text: ANSWER });
  if (lifecycle === 'unrated') return [...steps, { after: answerAt + ratingWindow + 1, action: 'close' }];
  const ratedAt = answerAt + random.int(1, 3);
  if (lifecycle === 'reopenedThenGood' || lifecycle === 'reopenedThenBad') {
    const reanswerAt = ratedAt + random.int(2, rectificationDays);
    const secondAt = reanswerAt + random.int(1, 2);
    steps.push(
      { after: ratedAt, action: 'rate', rating: random.pick(BAD), comment: '答复未解决实际问题' },
      { after: reanswerAt, action: 'answer', text: REANSWER },
    );
    if (lifecycle === 'reopenedThenBad')
      return [...steps, { after: secondAt, action: 'rate', rating: random.pick(BAD), comment: '整改后问题依旧' }];
    return [
      ...steps,
      { after: secondAt, action: 'rate', rating: random.pick(GOOD), comment: null },
      { after: secondAt + 1, action: 'close' },
    ];
  }
  return [
    ...steps,
    { after: ratedAt, action: 'rate', rating: random.pick(GOOD), comment: null },
    { after: ratedAt + 1, action: 'close' },
  ];
}

/**
 * Cases that end on the as-of date in each open state, whatever the random draw: filed so many working days before
 * it, with the steps up to that state.
 */
const SHOWCASE: Array<{ before: number; steps: Step[] }> = [
  { before: 0, steps: [] }, // 待受理
  { before: 2, steps: [{ after: 1, action: 'accept' }] }, // 已受理
  {
    before: 3,
    steps: [
      { after: 1, action: 'accept' },
      { after: 2, action: 'start' },
    ],
  }, // 处理中
  { before: 9, steps: [{ after: 1, action: 'accept' }] }, // 超期督办
  {
    before: 4,
    steps: [
      { after: 1, action: 'accept' },
      { after: 3, action: 'answer', text: ANSWER },
    ],
  }, // 已答复,待评价
  {
    before: 5,
    steps: [
      { after: 1, action: 'accept' },
      { after: 3, action: 'answer', text: ANSWER },
      { after: 4, action: 'rate', rating: 'satisfied', comment: null },
    ],
  }, // 已评价
  {
    before: 6,
    steps: [
      { after: 1, action: 'accept' },
      { after: 3, action: 'answer', text: ANSWER },
      { after: 5, action: 'rate', rating: 'dissatisfied', comment: '答复未解决实际问题' },
    ],
  }, // 整改中
];

const DEMO_ACTOR_NAME = '演示数据';

interface PlannedStep {
  on: string;
  order: number;
  run: () => Promise<void>;
}

/**
 * The demo district's 企呼我应 cases: a few dozen requests and complaints from demo enterprises and
 * visitors over the six months before the as-of date, walked through the real services day by day (filing, accepting,
 * answering — some late —, transfers, duplicates, ratings good and bad with rectification, closing), with the daily
 * escalation run on each day, plus a few cases left in each open state on the as-of date, so every state and the
 * monthly analysis have data. Then the reform tasks' progress reports (seed-task-reports.ts). Deterministic apart
 * from the tracking codes (random by design).
 */
export async function seedRequests(
  db: Kysely<Database>,
  options: { asOf: string; secretKey: SecretKey; seed?: string; count?: number },
): Promise<{ requests: number; taskReports: number }> {
  const random = new SeededRandom(`xinping-demo-requests:${options.seed ?? 'default'}`);
  const calendar = await readHolidayCalendar(db);
  const settings = loadRequestSettings();
  const enterprises = await listFirstEnterprises(db, 60);
  if (enterprises.length === 0) return { requests: 0, taskReports: 0 };
  const record = await findFirstRecordOf(
    db,
    enterprises.map((enterprise) => enterprise.id),
  );
  const workdays = (from: string, count: number) => addWorkingDays(calendar, from, count).date;
  const workdaysBefore = (to: string, count: number) => {
    let day = to;
    for (let counted = 0; counted < count; ) if (isWorkingDay(calendar, (day = addDays(day, -1)))) counted += 1;
    return day;
  };
  const planned: PlannedStep[] = [];
  let order = 0;
  const plan = (on: string, run: () => Promise<void>) => planned.push({ on, order: (order += 1), run });
  const officialOf = (departmentCode: string): RequestActor => ({
    name: DEMO_ACTOR_NAME,
    role: 'department_operator',
    departmentCode,
    uscc: null,
  });
  const admin: RequestActor = { name: DEMO_ACTOR_NAME, role: 'admin', departmentCode: null, uscc: null };
  const filed: Array<{ id: number; enterpriseId: number | null; department: string; isDuplicate: boolean }> = [];

  const planCase = (filedOn: string, lifecycle: Lifecycle, steps: Step[]) => {
    const isVisitor = lifecycle !== 'objection' && lifecycle !== 'duplicate' && random.chance(0.2);
    const enterprise =
      lifecycle === 'objection' && record
        ? enterprises.find((item) => item.id === record.enterprise_id)!
        : random.pick(enterprises);
    const topic = lifecycle === 'objection' ? TOPICS.find((item) => item.category === 'credit')! : random.pick(TOPICS);
    const phone = `13${random.int(0, 9)}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    const slot = {
      id: 0,
      enterpriseId: isVisitor ? null : enterprise.id,
      department: '',
      isDuplicate: lifecycle === 'duplicate',
    };
    const rater: RequestActor = isVisitor
      ? { name: '访客（查询码验证）', role: 'anonymous', departmentCode: null, uscc: null }
      : { name: DEMO_ACTOR_NAME, role: 'enterprise', departmentCode: null, uscc: enterprise.uscc };
    plan(filedOn, async () => {
      const input = {
        requestType: topic.type,
        category: topic.category,
        title: topic.title,
        body: topic.body,
        uscc: isVisitor ? null : enterprise.uscc,
        phone: isVisitor ? phone : null,
        actor: isVisitor ? '访客' : DEMO_ACTOR_NAME,
      };
      const result = await fileRequest(
        db,
        { ...input, recordId: lifecycle === 'objection' ? (record?.id ?? null) : null },
        () => options.secretKey,
        { today: filedOn },
      );
      slot.id = result.id;
      slot.department = result.departmentCode;
      filed.push(slot);
    });
    for (const step of steps) {
      const on = workdays(filedOn, step.after);
      const today = { today: on };
      if (step.action === 'rate')
        plan(
          on,
          async () =>
            void (await rateRequest(
              db,
              {
                id: slot.id,
                rating: step.rating,
                comment: step.comment,
                actor: rater,
                enterpriseId: slot.enterpriseId ?? undefined,
              },
              today,
            )),
        );
      else if (step.action === 'answer')
        plan(
          on,
          async () =>
            void (await handleRequest(
              db,
              {
                id: slot.id,
                action: 'answer',
                text: `就“${topic.title}”答复如下：${step.text}`,
                actor: officialOf(slot.department),
              },
              today,
            )),
        );
      else if (step.action === 'transfer') {
        plan(on, async () => {
          const to = slot.department === 'scjg' ? 'fgjx' : 'scjg';
          await transferRequest(
            db,
            {
              id: slot.id,
              departmentCode: to,
              reason: '该事项属于接收部门职责范围',
              actor: officialOf(slot.department),
            },
            today,
          );
          slot.department = to;
        });
      } else if (step.action === 'link') {
        // A repeat of an earlier case of the same enterprise (or the same matter), linked by the credit office.
        plan(on, async () => {
          const earlier = filed.filter((item) => !item.isDuplicate && item.id > 0 && item.id < slot.id);
          const original =
            earlier.find((item) => item.enterpriseId === slot.enterpriseId) ??
            earlier.find((item) => item.department === slot.department);
          if (!original) return;
          const reason =
            original.enterpriseId === slot.enterpriseId ? '同一企业就同一事项重复提交' : '与在办诉求反映同一事项';
          await linkDuplicateRequest(db, { id: slot.id, originalId: original.id, reason, actor: admin }, today);
        });
      } else
        plan(
          on,
          async () =>
            void (await handleRequest(
              db,
              { id: slot.id, action: step.action, actor: officialOf(slot.department) },
              today,
            )),
        );
    }
  };

  const start = addDays(options.asOf, -182);
  for (let index = 0; index < (options.count ?? 50); index += 1) {
    let filedOn = addDays(start, random.int(0, 175));
    while (!isWorkingDay(calendar, filedOn)) filedOn = addDays(filedOn, 1);
    const lifecycle = random.weighted(LIFECYCLES) as Lifecycle;
    planCase(
      filedOn,
      lifecycle,
      stepsOf(
        lifecycle,
        random,
        settings.answerWorkingDays,
        settings.ratingWindowWorkingDays,
        settings.rectificationWorkingDays,
      ),
    );
  }
  for (const showcase of SHOWCASE) planCase(workdaysBefore(options.asOf, showcase.before), 'satisfied', showcase.steps);

  // Day by day, in order: the escalation of each day runs before that day's steps, as the daily check would.
  planned.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
  let day = planned[0]?.on ?? options.asOf;
  for (const step of planned) {
    if (step.on > options.asOf) continue;
    while (day < step.on) {
      day = addDays(day, 1);
      await escalateOverdueRequests(db, { today: day });
    }
    await step.run();
  }
  while (day < options.asOf) {
    day = addDays(day, 1);
    await escalateOverdueRequests(db, { today: day });
  }
  const taskReports = await seedTaskReports(db, { asOf: options.asOf, random: random.fork('reform-tasks') });
  return { requests: filed.length, taskReports };
}
