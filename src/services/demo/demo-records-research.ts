import { addYears, earlierOf, laterOf, randomDate } from './demo-dates.ts';
import { identityOf, type DemoContext, type DemoRow } from './demo-record-context.ts';

// Illustrative shares for the demo, not regulation: research-integrity handlings are rare, commitments common among
// enterprises that take on projects (DOMAIN.md §11).
const MISCONDUCT_SHARE = 0.004;
const SERIOUS_SHARE = 0.3;
const ETHICS_SHARE = 0.003;
const COMMITMENT_SHARE = 0.05;
const BROKEN_SHARE = 0.05;
const MISCONDUCT_TYPES = [
  '抄袭剽窃他人研究成果',
  '伪造篡改实验研究数据',
  '买卖代写项目申报材料',
  '虚构同行评议专家及评议意见',
];

/** Every third row from a project-managing body, the others from the 科技局, so both appear in every demo. */
const departmentOf = (row: number) => (row % 3 === 1 ? 'kjxm' : 'kjj');

/** The day a demo decision falls on: within the demo's history and after the enterprise registered (null: neither). */
function decisionDay(context: DemoContext, registeredOn: string): string | null {
  const from = laterOf(registeredOn, context.windowStart);
  return from >= context.asOf ? null : randomDate(context.random, from, context.asOf);
}

/** 科研失信行为调查处理 decisions, most from the 科技局, some from project-managing bodies. */
export function generateResearchMisconductHandlings(context: DemoContext): DemoRow[] {
  const { random } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(MISCONDUCT_SHARE)) continue;
    const decidedOn = decisionDay(context, enterprise.registeredOn);
    if (!decidedOn) continue;
    const isSerious = random.chance(SERIOUS_SHARE);
    const departmentCode = departmentOf(rows.length);
    const department = context.departments.get(departmentCode)!;
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        decision_number: `${departmentCode === 'kjj' ? '华科' : '科项'}诚处〔${decidedOn.slice(0, 4)}〕${rows.length + 1}号`,
        misconduct_type: MISCONDUCT_TYPES[Math.floor(random.next() * MISCONDUCT_TYPES.length)],
        severity: isSerious ? '严重' : '一般',
        handling_measures: isSerious
          ? '终止项目并追回结余资金；五年内禁止承担或参与财政性资金支持的科技活动'
          : '科研诚信诫勉谈话；通报批评',
        handling_body: department.name,
        decided_on: decidedOn,
        measure_until: isSerious ? addYears(decidedOn, 5) : null,
        serious_database: isSerious ? '是' : '否',
      },
    });
  }
  return rows;
}

/** 科技伦理违规 handlings. */
export function generateEthicsViolations(context: DemoContext): DemoRow[] {
  const { random } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(ETHICS_SHARE)) continue;
    const decidedOn = decisionDay(context, enterprise.registeredOn);
    if (!decidedOn) continue;
    const departmentCode = departmentOf(rows.length);
    const department = context.departments.get(departmentCode)!;
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        decision_number: `${departmentCode === 'kjj' ? '华科' : '科项'}伦处〔${decidedOn.slice(0, 4)}〕${rows.length + 1}号`,
        violation_type: '未按规定开展科技伦理审查',
        severity: '一般',
        handling_measures: '责令改正；通报批评',
        handling_body: department.name,
        decided_on: decidedOn,
        measure_until: null,
      },
    });
  }
  return rows;
}

/** 科研诚信承诺 signed when applying for projects, most kept, a few broken. */
export function generateResearchCommitments(context: DemoContext): DemoRow[] {
  const { random } = context;
  const rows: DemoRow[] = [];
  for (const enterprise of context.enterprises) {
    if (!random.chance(COMMITMENT_SHARE)) continue;
    const committedOn = decisionDay(context, enterprise.registeredOn);
    if (!committedOn) continue;
    const checkedOn = earlierOf(addYears(committedOn, 1), context.asOf);
    const isChecked = checkedOn < context.asOf;
    const departmentCode = departmentOf(rows.length);
    rows.push({
      departmentCode,
      values: {
        ...identityOf(enterprise),
        commitment_number: `KYCN-${committedOn.slice(0, 4)}-${String(rows.length + 1).padStart(4, '0')}`,
        project_name: `${committedOn.slice(0, 4)}年度区级科技计划项目`,
        committed_on: committedOn,
        fulfilment: isChecked ? (random.chance(BROKEN_SHARE) ? '违诺' : '守诺') : '已作出',
        checked_on: isChecked ? checkedOn : null,
        checking_body: isChecked ? context.departments.get(departmentCode)!.name : null,
      },
    });
  }
  return rows;
}
