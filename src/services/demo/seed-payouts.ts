import type { Kysely } from 'kysely';
import { todayInDistrict } from '../../domain/district-date.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { listPayoutRows } from '../../store/policy-payout.repository.ts';
import { runPolicyMatching } from '../policy-matching/run-policy-matching.ts';
import { decidePayout } from '../policy-payouts/policy-payouts.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';

/** Days before today of the demo's first matching run, so payments in the demo took some days. */
const FIRST_RUN_DAYS_AGO = 20;

/** The demo's paying departments act through this principal (an administrator may work every policy's cases). */
const DEMO_PAYER: Principal = {
  userId: 0,
  username: DEMO_OPERATOR,
  displayName: DEMO_OPERATOR,
  role: 'admin',
  departmentCode: null,
  uscc: null,
  via: 'session',
  tokenId: null,
  scopes: ['read', 'write'],
};

/**
 * 政策兑现 for the demo district: two matching runs (20 days ago and today, both telling the enterprises), then for each
 * 免申即享 policy its oldest cases paid after some days and one refused, so the console shows counts, amounts and days
 * to pay. 即申即享 cases stay waiting for the enterprise's application. Does nothing when cases exist already.
 */
export async function seedDemoPayouts(db: Kysely<Database>, today = todayInDistrict()): Promise<number> {
  const existing = await listPayoutRows(db, { policyCodes: null, limit: 1, offset: 0 });
  if (existing.total > 0) return 0;
  const firstRun = addDays(today, -FIRST_RUN_DAYS_AGO);
  await runPolicyMatching(db, { asOf: firstRun, notify: true, actor: DEMO_OPERATOR });
  await runPolicyMatching(db, { asOf: today, notify: true, actor: DEMO_OPERATOR });
  const { rows } = await listPayoutRows(db, { policyCodes: null, states: ['notified'], limit: 10_000, offset: 0 });
  // Oldest first within each policy (the list comes newest first).
  const byPolicy = new Map<string, typeof rows>();
  for (const row of [...rows].reverse()) {
    const cases = byPolicy.get(row.policy_code);
    if (cases) cases.push(row);
    else byPolicy.set(row.policy_code, [row]);
  }
  let decided = 0;
  for (const cases of byPolicy.values()) {
    const early = cases.filter((row) => row.eligible_since === firstRun);
    for (const [index, row] of early.slice(0, 4).entries()) {
      await decidePayout(db, DEMO_PAYER, { id: Number(row.id), action: 'approve' }, { today });
      if (index === 3) {
        await decidePayout(
          db,
          DEMO_PAYER,
          { id: Number(row.id), action: 'refuse', reason: '演示：企业上年度未按规定报送相关材料' },
          { today },
        );
      } else {
        const paidOn = addDays(firstRun, 5 + index * 4);
        await decidePayout(
          db,
          DEMO_PAYER,
          { id: Number(row.id), action: 'pay', amount: 20_000 + index * 15_000, paidOn },
          { today },
        );
      }
      decided += 1;
    }
  }
  return decided;
}
