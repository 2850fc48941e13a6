import type { Kysely } from 'kysely';
import { modelDisplayName } from '../../engine/model.ts';
import type { Database } from '../../store/database.ts';
import { listLatestEvaluationRuns } from '../../store/evaluation.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';

/** One batch evaluation as the console lists it (evaluation_runs: `evaluate --all/--due`, publishing, the console). */
export interface EvaluationRunView {
  id: number;
  kind: string;
  /** all 全部企业评价;due 每日到期重评;publish 发布新版本后重评 */
  kindLabel: string;
  modelVersion: string;
  /** The model as people read it: its title and version. */
  modelName: string;
  asOf: string;
  /**
   * running: under way in this server now; interrupted: started and never finished — the process stopped, and
   * starting the same evaluation again continues it after the last enterprise it stored (a run the command line is
   * doing at this moment also shows so: this server cannot see other processes); finished.
   */
  status: 'running' | 'interrupted' | 'finished';
  operator: string;
  /** Who started the run, by display name. */
  operatorName: string;
  totalEnterprises: number;
  evaluated: number;
  stored: number;
  gradeCounts: Record<string, number>;
  startedAt: string;
  finishedAt: string | null;
}

const KIND_LABELS: Record<string, string> = { all: '全部企业评价', due: '每日到期重评', publish: '发布新版本后重评' };

/** The latest runs, newest first. `isEvaluating`: whether a run is going on in this process right now. */
export async function listEvaluationRuns(
  db: Kysely<Database>,
  options: { limit: number; isEvaluating: boolean },
): Promise<EvaluationRunView[]> {
  const rows = await listLatestEvaluationRuns(db, options.limit);
  // Only the newest unfinished run can be the one under way; older unfinished ones were interrupted.
  const newestRunning = rows.find((row) => row.status === 'running')?.id;
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.operator),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    kindLabel: KIND_LABELS[row.kind] ?? row.kind,
    modelVersion: `${row.model_id}/${row.version}`,
    modelName: modelDisplayName({ title: row.title, version: row.version }),
    asOf: row.as_of,
    status:
      row.status === 'finished'
        ? 'finished'
        : options.isEvaluating && row.id === newestRunning
          ? 'running'
          : 'interrupted',
    operator: row.operator,
    operatorName: nameOf(row.operator),
    totalEnterprises: Number(row.total_enterprises),
    evaluated: Number(row.evaluated),
    stored: Number(row.stored),
    gradeCounts: row.grade_counts,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
  }));
}
