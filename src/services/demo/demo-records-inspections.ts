import { loadCatalog } from '../../catalog/catalog.ts';
import { randomDate } from './demo-dates.ts';
import { identityOf, type DemoContext, type DemoRow } from './demo-record-context.ts';

// Share of firms each department inspects over the demo's history, and how the results fall out: most 双随机 checks
// find nothing (illustrative shares for the demo, not regulation).
const INSPECTED_SHARE = 0.03;
const OUTCOMES: [string, number][] = [
  ['未发现问题', 0.8],
  ['发现问题已责令改正', 0.12],
  ['发现问题待后续处理', 0.03],
  ['通过登记的住所（经营场所）无法联系', 0.03],
  ['未发现开展本次抽查涉及的经营活动', 0.02],
];

/** 抽查检查结果 as past 双随机 plans of each department would have published them. */
export function generateRandomInspections(context: DemoContext): DemoRow[] {
  const { random } = context;
  const rows: DemoRow[] = [];
  for (const departmentCode of loadCatalog().kind('random_inspection')?.departments ?? []) {
    const department = context.departments.get(departmentCode)!;
    for (const enterprise of context.enterprises) {
      if (!random.chance(INSPECTED_SHARE)) continue;
      const from = enterprise.registeredOn > context.windowStart ? enterprise.registeredOn : context.windowStart;
      if (from >= context.asOf) continue;
      const inspectedOn = randomDate(random, from, context.asOf);
      let roll = random.next();
      const outcome = OUTCOMES.find(([, share]) => (roll -= share) < 0)?.[0] ?? OUTCOMES[0]![0];
      rows.push({
        departmentCode,
        values: {
          ...identityOf(enterprise),
          inspection_number: `${departmentCode}-${inspectedOn.slice(0, 4)}-${rows.length + 1}`,
          plan_title: `${inspectedOn.slice(0, 4)}年度${department.name}“双随机、一公开”抽查`,
          outcome,
          inspected_on: inspectedOn,
          findings: outcome === '未发现问题' ? null : '详见检查记录',
          inspecting_authority: department.name,
        },
      });
    }
  }
  return rows;
}
