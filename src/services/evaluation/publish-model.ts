import { AppError } from '../../domain/app-error.ts';
import { formatProblem } from '../../engine/load-model.ts';
import { lintModel } from '../../engine/lint-model.ts';
import { modelVersionName } from '../../engine/model.ts';
import { runModelTests } from '../../engine/run-model-tests.ts';
import type { Transaction } from 'kysely';
import type { Store } from '../../store/connect.ts';
import type { Database } from '../../store/database.ts';
import {
  findFrozenModelVersion,
  findModelVersion,
  findModelVersionById,
  findPublishedModelVersion,
  findUnfinishedRun,
  markModelVersionPublished,
  markModelVersionRetired,
  type ModelVersionRow,
} from '../../store/evaluation.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { resolveAsOf } from './as-of.ts';
import { compiledModelOf, compileModelDir, storedModelDir } from './model-files.ts';
import { runEvaluation, type RunProgress, type RunSummary } from './run-evaluation.ts';

/**
 * `xinping model publish DIR --operator NAME`: makes a simulated draft the one published version.
 * Preconditions, in order: the version name was never published with other content; the exact files (same digest)
 * were simulated against the published version; the model passes `model lint` and its own test cases. Then, in one
 * transaction, the previous version is retired and this one published (frozen: its files may not change from now
 * on), each step with its audit event; then everyone is re-evaluated with it (a resumable run: publishing the same
 * version again after a kill resumes that run instead of refusing). With several instances the re-evaluation is
 * queued for the workers in the publication's transaction instead (publishModelVersion, queue-publication-job.ts).
 */

export interface PublishOutcome {
  modelVersion: string;
  digest: string;
  retired: string | null;
  run: RunSummary;
}

export async function publishModel(
  store: Store,
  dir: string,
  options: { operator: string; onProgress?: (progress: RunProgress) => void },
): Promise<PublishOutcome> {
  const publication = await publishModelVersion(store, dir, {
    operator: options.operator,
    inTransaction: async () => {},
  });
  const run = await runEvaluation(store, {
    kind: 'publish',
    operator: publication.operator,
    published: { version: publication.version, compiled: compiledModelOf(publication.version) },
    onProgress: options.onProgress,
  });
  return { modelVersion: publication.modelVersion, digest: publication.digest, retired: publication.retired, run };
}

/** A version made the published one (or found published with its re-evaluation unfinished: `isResumed`). */
export interface ModelPublication<T> {
  modelVersion: string;
  digest: string;
  retired: string | null;
  version: ModelVersionRow;
  operator: string;
  isResumed: boolean;
  /** What `inTransaction` returned; undefined when resumed. */
  queued?: T;
}

/**
 * The publication without its re-evaluation: the preconditions, then the transaction that retires the previous
 * version and publishes this one; `inTransaction` adds to that transaction what must commit with the publication (with
 * several instances, the queued re-evaluation: a publication then never exists without it).
 */
export async function publishModelVersion<T>(
  store: Store,
  dir: string,
  options: {
    operator: string;
    inTransaction(
      trx: Transaction<Database>,
      publication: { version: ModelVersionRow; retired: string | null },
    ): Promise<T>;
  },
): Promise<ModelPublication<T>> {
  const operator = options.operator.trim();
  if (operator === '') throw new AppError('INVALID_INPUT', '发布模型须写明操作人（--operator）');
  const compiled = compileModelDir(dir);
  const model = compiled.model;
  const name = modelVersionName(model);
  const db = store.db;
  const frozen = await findFrozenModelVersion(db, model.id, model.version);
  if (frozen && frozen.digest !== model.digest) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `版本 ${name} 已于先前发布，其文件已被修改（发布时摘要 ${frozen.digest.slice(0, 12)}…，现为 ${model.digest.slice(0, 12)}…）；已发布的版本不可修改，请使用新的版本号`,
    );
  }
  if (frozen?.status === 'published') {
    // Published already: resume its re-evaluation if a kill interrupted it, otherwise there is nothing to do.
    const today = resolveAsOf(undefined).asOf;
    if (!(await findUnfinishedRun(db, 'publish', frozen.id, today)))
      throw new AppError('PRECONDITION_FAILED', `版本 ${name} 已是现行发布的版本`);
    return { modelVersion: name, digest: model.digest, retired: null, version: frozen, operator, isResumed: true };
  }
  const simulated = await findModelVersion(db, { modelId: model.id, version: model.version, digest: model.digest });
  if (simulated?.status !== 'simulated') {
    throw new AppError(
      'PRECONDITION_FAILED',
      `版本 ${name}（摘要 ${model.digest.slice(0, 12)}…）尚未模拟：请先运行 xinping model simulate ${storedModelDir(dir)}，查看对现有等级的影响后再发布`,
    );
  }
  const lint = lintModel(dir);
  if (lint.problems.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `模型 ${lint.dir} 未通过检查（xinping model lint），有 ${lint.problems.length} 处问题：\n${lint.problems.map(formatProblem).join('\n')}`,
    );
  }
  const failures = runModelTests(model, compiled).filter((outcome) => !outcome.passed);
  if (failures.length > 0) {
    throw new AppError(
      'INVALID_INPUT',
      `模型 ${name} 有 ${failures.length} 个测试用例未通过（xinping model test）：\n${failures.map((outcome) => `${outcome.test.name}:${outcome.failures.join('；')}`).join('\n')}`,
    );
  }

  const published = await db.transaction().execute(async (trx) => {
    const previous = await findPublishedModelVersion(trx);
    if (previous) {
      await markModelVersionRetired(trx, previous.id);
      await appendAuditEvent(trx, {
        actor: operator,
        action: 'model.retired',
        subjectType: 'model_version',
        subjectId: String(previous.id),
        payload: {
          modelVersion: `${previous.model_id}/${previous.version}`,
          digest: previous.digest,
          replacedBy: name,
        },
      });
    }
    await markModelVersionPublished(trx, simulated.id, operator);
    await appendAuditEvent(trx, {
      actor: operator,
      action: 'model.published',
      subjectType: 'model_version',
      subjectId: String(simulated.id),
      payload: {
        modelVersion: name,
        digest: model.digest,
        dir: simulated.dir,
        simulatedAt: simulated.simulated_at,
        simulatedBy: simulated.simulated_by,
        replaces: previous ? `${previous.model_id}/${previous.version}` : null,
      },
    });
    const version = (await findModelVersionById(trx, simulated.id))!;
    const retired = previous ? `${previous.model_id}/${previous.version}` : null;
    return { retired, version, queued: await options.inTransaction(trx, { version, retired }) };
  });
  return { modelVersion: name, digest: model.digest, operator, isResumed: false, ...published };
}
