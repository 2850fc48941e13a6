import path from 'node:path';
import { MODELS_DIR } from '../../engine/load-model.ts';
import type { Store } from '../../store/connect.ts';
import { findPublishedModelVersion } from '../../store/evaluation.repository.ts';
import type { ProfileTagRefresh } from '../profile/refresh-profile-tags.ts';
import { publishModel, type PublishOutcome } from './publish-model.ts';
import type { RunProgress } from './run-evaluation.ts';
import { simulateModel, type SimulationReport } from './simulate-model.ts';

/** The model a fresh platform starts with: 华容区科创企业公共信用综合评价 v1. */
export const DEFAULT_MODEL_DIR = path.join(MODELS_DIR, 'huarong-sci-tech', 'v1');

/** Who the first publication is recorded as, when no operator is named. */
export const SYSTEM_OPERATOR = '系统初始化';

export interface EnsuredModel {
  /** False when a version was published already: nothing was done. */
  published: boolean;
  simulation?: SimulationReport;
  outcome?: PublishOutcome;
  profileTags?: ProfileTagRefresh;
}

/**
 * On a fresh install or a new demo district no model version is published yet, so nobody has a grade. This goes
 * through the same lifecycle an administrator would — simulate (against nothing: the first version), publish,
 * re-evaluate everyone, refresh the 信用画像 tags — with v1, each step audited. When a version is published already
 * it does nothing (and leaves a published version whose files changed to fail where it is used).
 */
export async function ensurePublishedModel(
  store: Store,
  options: { dir?: string; operator?: string; onProgress?: (progress: RunProgress) => void } = {},
): Promise<EnsuredModel> {
  if (await findPublishedModelVersion(store.db)) return { published: false };
  const dir = options.dir ?? DEFAULT_MODEL_DIR;
  const operator = options.operator ?? SYSTEM_OPERATOR;
  const simulation = await simulateModel(store, dir, { operator });
  const outcome = await publishModel(store, dir, { operator, onProgress: options.onProgress });
  // The first grades come with their 信用画像 tags: the demo's 企业库 filters by tag right away. Imported lazily: the
  // tag rules are checked against this module's default model.
  const { refreshProfileTagsAfterRun } = await import('../profile/refresh-profile-tags.ts');
  const profileTags = await refreshProfileTagsAfterRun(store.db, outcome.run);
  return { published: true, simulation, outcome, profileTags };
}
