import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import * as foundation from './migrations/2026-11-21T00-00-foundation.ts';
import * as auditHead from './migrations/2026-11-21T03-00-audit-head.ts';
import * as accounts from './migrations/2026-11-21T05-00-accounts.ts';
import * as evaluations from './migrations/2026-11-21T06-00-evaluations.ts';
import * as reports from './migrations/2026-11-21T07-00-reports.ts';
import * as workflows from './migrations/2026-11-21T08-00-workflows.ts';
import * as workflowNotices from './migrations/2026-11-21T09-00-workflow-notices.ts';
import * as sharing from './migrations/2026-11-21T10-00-sharing.ts';
import * as gradeUse from './migrations/2026-11-21T11-00-grade-use.ts';
import * as whitelist from './migrations/2026-11-22T01-00-whitelist.ts';
import * as creditIndex from './migrations/2026-11-22T02-00-credit-index.ts';
import * as policies from './migrations/2026-11-22T03-00-policies.ts';
import * as requests from './migrations/2026-11-22T04-00-requests.ts';
import * as honestCases from './migrations/2026-11-22T05-00-honest-cases.ts';
import * as holidayYears from './migrations/2026-12-06T02-00-holiday-years.ts';
import * as attachmentUploads from './migrations/2026-12-06T07-00-attachment-uploads.ts';
import * as auditAnchoring from './migrations/2026-12-06T03-00-audit-anchoring.ts';
import * as importWarnings from './migrations/2026-12-06T06-00-import-warnings.ts';
import * as inspectionTasks from './migrations/2026-12-07T03-00-inspection-tasks.ts';
import * as targetedInspections from './migrations/2026-12-08T01-00-targeted-inspections.ts';
import * as accountSecurity from './migrations/2026-12-06T05-00-account-security.ts';
import * as batchOwner from './migrations/2026-12-07T01-00-batch-owner.ts';
import * as enterpriseVersions from './migrations/2026-12-07T01-01-enterprise-versions.ts';
import * as measureFeedback from './migrations/2026-12-08T03-00-measure-feedback.ts';
import * as upwardSharing from './migrations/2026-12-09T04-00-upward-sharing.ts';
import * as unifiedLogin from './migrations/2026-12-10T05-00-unified-login.ts';
import * as clusterJobs from './migrations/2026-12-10T04-00-cluster-jobs.ts';
import * as webhookWindows from './migrations/2026-12-10T03-00-webhook-windows.ts';
import * as notificationDelivery from './migrations/2026-12-10T06-00-notification-delivery.ts';
import * as policyPayouts from './migrations/2026-12-10T09-00-policy-payouts.ts';
import * as departmentPushes from './migrations/2026-12-10T08-00-department-pushes.ts';
import * as profileTags from './migrations/2026-12-11T01-00-profile-tags.ts';
import * as incubators from './migrations/2026-12-11T02-00-incubators.ts';
import * as financing from './migrations/2026-12-11T03-00-financing.ts';
import * as payoutDeciders from './migrations/2026-12-13T02-00-payout-deciders.ts';
import * as queuedImports from './migrations/2026-12-15T01-00-queued-imports.ts';
import * as queuedSimulations from './migrations/2026-12-15T01-00-queued-simulations.ts';
import * as importBatchJob from './migrations/2026-12-16T01-00-import-batch-job.ts';
import * as importFiles from './migrations/2026-12-16T02-00-import-files.ts';
import * as evaluationChangesOn from './migrations/2026-12-16T04-00-evaluation-changes-on.ts';

/** Every migration, by timestamped name. Shipped migrations are never edited: add a new file. */
const migrations: Record<string, Migration> = {
  '2026-11-21T00-00-foundation': foundation,
  '2026-11-21T03-00-audit-head': auditHead,
  '2026-11-21T05-00-accounts': accounts,
  '2026-11-21T06-00-evaluations': evaluations,
  '2026-11-21T07-00-reports': reports,
  '2026-11-21T08-00-workflows': workflows,
  '2026-11-21T09-00-workflow-notices': workflowNotices,
  '2026-11-21T10-00-sharing': sharing,
  '2026-11-21T11-00-grade-use': gradeUse,
  '2026-11-22T01-00-whitelist': whitelist,
  '2026-11-22T02-00-credit-index': creditIndex,
  '2026-11-22T03-00-policies': policies,
  '2026-11-22T04-00-requests': requests,
  '2026-11-22T05-00-honest-cases': honestCases,
  '2026-12-06T02-00-holiday-years': holidayYears,
  '2026-12-06T07-00-attachment-uploads': attachmentUploads,
  '2026-12-06T03-00-audit-anchoring': auditAnchoring,
  '2026-12-06T06-00-import-warnings': importWarnings,
  '2026-12-06T05-00-account-security': accountSecurity,
  '2026-12-07T01-00-batch-owner': batchOwner,
  '2026-12-07T01-01-enterprise-versions': enterpriseVersions,
  '2026-12-07T03-00-inspection-tasks': inspectionTasks,
  '2026-12-08T01-00-targeted-inspections': targetedInspections,
  '2026-12-08T03-00-measure-feedback': measureFeedback,
  '2026-12-09T04-00-upward-sharing': upwardSharing,
  '2026-12-10T05-00-unified-login': unifiedLogin,
  '2026-12-10T04-00-cluster-jobs': clusterJobs,
  '2026-12-10T03-00-webhook-windows': webhookWindows,
  '2026-12-10T06-00-notification-delivery': notificationDelivery,
  '2026-12-10T09-00-policy-payouts': policyPayouts,
  '2026-12-10T08-00-department-pushes': departmentPushes,
  '2026-12-11T01-00-profile-tags': profileTags,
  '2026-12-11T02-00-incubators': incubators,
  '2026-12-11T03-00-financing': financing,
  '2026-12-13T02-00-payout-deciders': payoutDeciders,
  '2026-12-15T01-00-queued-imports': queuedImports,
  '2026-12-15T01-00-queued-simulations': queuedSimulations,
  '2026-12-16T01-00-import-batch-job': importBatchJob,
  '2026-12-16T02-00-import-files': importFiles,
  '2026-12-16T04-00-evaluation-changes-on': evaluationChangesOn,
};

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  if (await hasRunExactly(db, Object.keys(migrations))) return;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}

/**
 * Whether the database has run these migrations and no others: then the Migrator has nothing to do, and one query
 * answers what its catalog introspection (several queries over every table's columns) costs PGlite most of a second
 * of every command's start. Anything else (no migration table yet, a name missing or unknown, no right to read the
 * table) is left to the Migrator, which migrates or reports it as before.
 */
async function hasRunExactly(db: Kysely<any>, names: string[]): Promise<boolean> {
  try {
    const table = await sql<{ found: string | null }>`select to_regclass('kysely_migration')::text as found`.execute(
      db,
    );
    if (!table.rows[0]?.found) return false;
    const executed = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    const ran = new Set(executed.rows.map((row) => row.name));
    return ran.size === names.length && names.every((name) => ran.has(name));
  } catch {
    return false;
  }
}

/** Migrations this code has that the database has not run (empty: migrated); throws when the store is unreachable. */
export async function findPendingMigrations(db: Kysely<any>): Promise<string[]> {
  // The readiness probe asks this every few seconds: one query when nothing is pending.
  if (await hasRunExactly(db, Object.keys(migrations))) return [];
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const applied = new Set(
    (await migrator.getMigrations()).filter((migration) => migration.executedAt).map((migration) => migration.name),
  );
  return Object.keys(migrations).filter((name) => !applied.has(name));
}
