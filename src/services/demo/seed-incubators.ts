import type { Kysely } from 'kysely';
import { listEnterprisesOutsideIncubators } from '../../store/enterprise.repository.ts';
import { loadIncubators } from '../../catalog/incubators.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import { listEvaluatedYears } from '../../store/incubator-evaluation.repository.ts';
import { listTenancies } from '../../store/incubator.repository.ts';
import { evaluateIncubators } from '../incubators/evaluate-incubators.ts';
import { recordPastTenancy } from '../incubators/record-tenancy.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';

/** Past tenants per incubator in the demo: graduates, and now and then one that moved out. */
const PAST_TENANTS_PER_INCUBATOR = 3;

/**
 * 孵化载体 for the demo district: the registration already opened a spell for each enterprise in an incubator; this
 * adds past tenants (mostly graduates, who left on dates spread over the last two years) and evaluates last year and
 * the current year, so the console shows graduations, a ranking and a trend. Does nothing when a ranking exists.
 */
export async function seedDemoIncubators(db: Kysely<Database>, today = todayInDistrict()): Promise<number> {
  if ((await listEvaluatedYears(db)).length > 0) return 0;
  const incubators = loadIncubators();
  const withSpells = new Set((await listTenancies(db, {})).map((spell) => spell.enterprise_id));
  // Established firms with no incubator today, oldest registration last: they grew up and left.
  const candidates = await listEnterprisesOutsideIncubators(db, {
    registeredFrom: addDays(today, -9 * 365),
    registeredTo: addDays(today, -3 * 365),
    limit: incubators.length * PAST_TENANTS_PER_INCUBATOR * 2,
  });
  const past = candidates.filter((row) => !withSpells.has(Number(row.id)));
  let recorded = 0;
  for (const [index, row] of past.slice(0, incubators.length * PAST_TENANTS_PER_INCUBATOR).entries()) {
    const incubator = incubators[index % incubators.length]!;
    const exitedOn = addDays(today, -(20 + ((index * 37) % 700)));
    await recordPastTenancy(
      db,
      DEMO_OPERATOR,
      incubator.code,
      {
        uscc: row.uscc,
        enteredOn: row.registered_on!,
        exitedOn,
        exitReason: index % 5 === 4 ? 'moved_out' : 'graduated',
      },
      { today },
    );
    recorded += 1;
  }
  const year = Number(today.slice(0, 4));
  await evaluateIncubators(db, { year: year - 1, actor: DEMO_OPERATOR, today });
  await evaluateIncubators(db, { year, actor: DEMO_OPERATOR, today });
  return recorded;
}
