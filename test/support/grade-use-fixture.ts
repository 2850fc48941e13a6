import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/database.ts';

/**
 * What the grade-use tests (measures, 免打扰, inspections, conflicts) set up around the code they test: grades given
 * directly as evaluations of a published model version, and staff accounts to draw inspectors from. The engine's own
 * evaluation of enterprises without records is not what those tests are about.
 */

/** Registers model v1 of models/huarong-sci-tech as published (a row only: no evaluation runs) and returns its id. */
export async function insertPublishedModelVersion(db: Kysely<Database>): Promise<number> {
  const version = await db
    .insertInto('model_versions')
    .values({
      model_id: 'huarong-sci-tech',
      version: 'v1',
      digest: 'test',
      title: 'v1',
      dir: 'models/huarong-sci-tech/v1',
      status: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(version.id);
}

/** Gives each enterprise a current grade and score as of a date, as evaluations of the given model version. */
export async function gradeEnterprises(
  db: Kysely<Database>,
  modelVersionId: number,
  grades: ReadonlyArray<{ enterpriseId: number; grade: string; score: number; asOf: string }>,
): Promise<void> {
  await db
    .insertInto('evaluations')
    .values(
      grades.map(({ enterpriseId, grade, score, asOf }) => ({
        enterprise_id: enterpriseId,
        model_version_id: modelVersionId,
        reason: 'test',
        as_of: asOf,
        score,
        grade,
        vetoes: null,
        dimension_scores: Buffer.alloc(0),
        indicator_points: Buffer.alloc(0),
        fingerprint: 'f',
        result_hash: 0,
      })),
    )
    .execute();
}

/** Staff accounts (inspectors unless a role is given) that cannot log in: the tests only name them. */
export async function insertStaffAccounts(
  db: Kysely<Database>,
  accounts: ReadonlyArray<{ username: string; displayName?: string; role?: string }>,
): Promise<void> {
  await db
    .insertInto('users')
    .values(
      accounts.map(({ username, displayName, role }) => ({
        username,
        display_name: displayName ?? username,
        role: role ?? 'inspector',
        password_hash: 'x',
      })),
    )
    .execute();
}
