import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { currentGradeSubquery } from '../../store/evaluation.repository.ts';
import {
  loadHonestCaseActorNames,
  nameHonestCases,
  selectHonestCases,
  toHonestCase,
  toPublicHonestCase,
  type HonestCase,
  type PublicHonestCase,
} from './honest-case.ts';
import { loadPublicDisclosureRules } from './public-disclosure-rules.ts';

/**
 * The cases on the public portal, newest first: published and not withdrawn, and only while the enterprise still
 * holds a grade catalog/public-disclosure.yaml allows (a case must not keep praising an enterprise whose credit fell).
 */
export async function listPublicHonestCases(
  db: Kysely<Database>,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: PublicHonestCase[] }> {
  const { eligibleGrades } = loadPublicDisclosureRules().honestCases;
  const isShown = sql<boolean>`c.state = 'published' and ${currentGradeSubquery('c.enterprise_id')} = any(${sql.val(eligibleGrades)}::text[])`;
  const [counted, rows] = await Promise.all([
    db
      .selectFrom('honest_cases as c')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where(isShown)
      .executeTakeFirstOrThrow(),
    selectHonestCases(db)
      .where(isShown)
      .orderBy('c.published_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute()
      .then((cases) => nameHonestCases(db, cases)),
  ]);
  return {
    total: Number(counted.total),
    items: rows.map((row) => toPublicHonestCase(toHonestCase(row, eligibleGrades))),
  };
}

/** Every case for the credit office, withdrawn ones included, with whether and why the portal shows it. */
export async function listHonestCases(
  db: Kysely<Database>,
  page: { limit: number; offset: number; state?: HonestCase['state'] },
): Promise<{ total: number; items: HonestCase[] }> {
  const { eligibleGrades } = loadPublicDisclosureRules().honestCases;
  const [counted, rows] = await Promise.all([
    db
      .selectFrom('honest_cases')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .$if(page.state !== undefined, (query) => query.where('state', '=', page.state!))
      .executeTakeFirstOrThrow(),
    selectHonestCases(db)
      .$if(page.state !== undefined, (query) => query.where('c.state', '=', page.state!))
      .orderBy('c.published_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute()
      .then((cases) => nameHonestCases(db, cases)),
  ]);
  const nameOf = await loadHonestCaseActorNames(db, rows);
  return { total: Number(counted.total), items: rows.map((row) => toHonestCase(row, eligibleGrades, nameOf)) };
}
