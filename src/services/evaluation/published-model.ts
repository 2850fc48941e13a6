import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import type { Database } from '../../store/database.ts';
import { findPublishedModelVersion, type ModelVersionRow } from '../../store/evaluation.repository.ts';
import { compiledModelOf } from './model-files.ts';

/** The one published model version, with its compiled model: every evaluation uses it. */
export interface PublishedModel {
  version: ModelVersionRow;
  compiled: CompiledModel;
}

/** The published version, or null when none is (a fresh store); refuses one whose files changed since publishing. */
export async function findPublishedModel(db: Kysely<Database>): Promise<PublishedModel | null> {
  const version = await findPublishedModelVersion(db);
  return version ? { version, compiled: compiledModelOf(version) } : null;
}

export async function requirePublishedModel(db: Kysely<Database>): Promise<PublishedModel> {
  const published = await findPublishedModel(db);
  if (!published)
    throw new AppError(
      'PRECONDITION_FAILED',
      '尚未发布评价模型：请先用 xinping model simulate 与 xinping model publish 发布一个模型版本',
    );
  return published;
}
