import type { Kysely } from 'kysely';
import { OBJECTION_WORKFLOW } from '../../domain/workflows/objection-workflow.ts';
import { REPAIR_WORKFLOW } from '../../domain/workflows/repair-workflow.ts';
import type { Database } from '../../store/database.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { findEnterpriseByUscc } from './find-enterprise.ts';
import { type DeadlineFlag, flagObjectionDeadline } from './flag-objection-deadlines.ts';
import { flagRepairDeadline } from './flag-repair-deadline.ts';
import { type CaseView, listCases } from './list-cases.ts';

/** The workflows whose cases run against a deadline in working days, with how each flags it. */
const DEADLINE_WORKFLOWS = {
  objections: { workflow: OBJECTION_WORKFLOW, flag: flagObjectionDeadline },
  repair_applications: { workflow: REPAIR_WORKFLOW, flag: flagRepairDeadline },
} as const;

/**
 * Objections or repair applications, newest first, each with its deadline flagged for reviewers; an enterprise
 * account (`enterpriseUscc` set, maybe null when the account is bound to none) sees only its own.
 */
export async function listCasesWithDeadlines(
  db: Kysely<Database>,
  table: keyof typeof DEADLINE_WORKFLOWS,
  filter: { enterpriseUscc?: string | null; state?: string },
): Promise<Array<CaseView & { deadline: DeadlineFlag }>> {
  const { workflow, flag } = DEADLINE_WORKFLOWS[table];
  const enterpriseId =
    filter.enterpriseUscc === undefined ? undefined : (await findEnterpriseByUscc(db, filter.enterpriseUscc)).id;
  const items = await listCases(db, table, workflow, { enterpriseId, state: filter.state });
  const calendar = await readHolidayCalendar(db);
  return items.map((item) => ({ ...item, deadline: flag(item, calendar) }));
}
