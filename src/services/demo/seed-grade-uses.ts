import type { SecretKey } from '../import/protect-personal.ts';
import type { Store } from '../../store/connect.ts';
import { seedDemoAssociationMembers } from './seed-association-members.ts';
import { seedCreditIndex } from './seed-credit-index.ts';
import { describeHonestCases, seedHonestCases } from './seed-honest-cases.ts';
import { describeDemoWhitelist, seedDemoWhitelist } from './seed-whitelist.ts';
import { seedDemoPayouts } from './seed-payouts.ts';
import { seedDemoIncubators } from './seed-incubators.ts';
import { seedDemoFinancing } from './seed-financing.ts';

/**
 * What the demo district shows once grades exist (after the model is published): the credit index history, the
 * IP-pledge whitelist with the demo bank's loans (when the demo accounts exist), the honest-enterprise cases, the
 * 政策兑现 cases, the incubators' past tenants and yearly rankings, the 融资对接 needs and event, and the demo
 * association's members (when its account exists; `start` pushes them once it has created the account).
 * `start`, `demo` and the browser tests' platform all call this one function, so they show the same district.
 * Returns the lines to print.
 */
export async function seedDemoGradeUses(store: Store, secretKey: SecretKey): Promise<string> {
  const index = await seedCreditIndex(store);
  const whitelist = describeDemoWhitelist(await seedDemoWhitelist(store.db, secretKey));
  const cases = describeHonestCases(await seedHonestCases(store.db));
  const payouts = await seedDemoPayouts(store.db);
  const incubatorTenants = await seedDemoIncubators(store.db);
  const needs = await seedDemoFinancing(store.db);
  await seedDemoAssociationMembers(store.db);
  return (
    index +
    whitelist +
    cases +
    (payouts > 0 ? `政策兑现：已办理 ${payouts} 件演示兑现事项\n` : '') +
    (incubatorTenants > 0 ? `孵化载体：已登记 ${incubatorTenants} 家往期入驻企业，已计算去年与今年的年度评价\n` : '') +
    (needs > 0 ? `融资对接：${needs} 家企业发布了演示融资需求，举办了一场融资专场\n` : '')
  );
}
