import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { readModel } from '../../engine/load-model.ts';
import type { Model } from '../../engine/model.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import type { Database } from '../../store/database.ts';
import type { ModelVersionRow } from '../../store/evaluation.repository.ts';
import { storedModelDir } from '../evaluation/model-files.ts';
import { findModelVersionDirs, type ModelVersionDir } from './model-version-dirs.ts';

/**
 * The model versions an administrator manages (模型管理): every version on disk, with where it stands in its
 * lifecycle — draft (files only), simulated (these exact files were compared with the published
 * version), published (the one every evaluation uses, frozen), retired — plus versions the database remembers whose
 * files are gone.
 */

export type ModelVersionStatus = 'draft' | 'simulated' | 'published' | 'retired';

export interface ModelVersionSummary {
  /** "huarong-sci-tech/v1". */
  key: string;
  modelId: string;
  version: string;
  title: string;
  status: ModelVersionStatus;
  /** Where the files are: shipped with the platform, the data directory's drafts, or nowhere any more. */
  source: ModelVersionDir['source'] | null;
  dir: string;
  /** The digest of the files as they are now (of the stored row when the files are gone). */
  digest: string;
  /** A published or retired version whose files no longer hash to the digest frozen when it was published. */
  filesChanged: boolean;
  effectiveFrom: string | null;
  evaluableFrom: string | null;
  /** Problems found loading the files (0 for a consistent model). */
  problemCount: number;
  /** The last simulation of this version name, even of files since changed (then its digest differs). */
  lastSimulation: { at: string; by: string; byName: string; digest: string } | null;
  publishedAt: string | null;
  publishedBy: string | null;
  /** Who published the version, by display name. */
  publishedByName: string | null;
  retiredAt: string | null;
}

/** The version as found on disk and in model_versions, for one name. */
export interface ModelVersionState {
  summary: ModelVersionSummary;
  location: ModelVersionDir | null;
  model: Model | null;
  /** The row that decides the status: the frozen one, else the one simulated with these exact files. */
  row: ModelVersionRow | null;
}

const STATUS_ORDER: Record<ModelVersionStatus, number> = { published: 0, simulated: 1, draft: 2, retired: 3 };
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The state of one version from its files (if any) and every row stored under its name. */
function stateOf(
  location: ModelVersionDir | null,
  rows: ModelVersionRow[],
  nameOf: (actor: string) => string,
): ModelVersionState {
  const loaded = location ? readModel(location.dir) : null;
  const model = loaded?.model ?? null;
  const frozen = rows.find((row) => row.published_at !== null);
  const sameFiles = model ? rows.find((row) => row.digest === model.digest && row.status === 'simulated') : undefined;
  const row = frozen ?? sameFiles ?? null;
  const simulated = [...rows]
    .filter((candidate) => candidate.simulated_at !== null)
    .sort((a, b) => iso(b.simulated_at)!.localeCompare(iso(a.simulated_at)!))[0];
  // A retired version simulated again (to go back to it) is simulated until it is published again.
  const isFrozenSimulated = frozen?.status === 'simulated' && model !== null && frozen.digest === model.digest;
  const status: ModelVersionStatus = frozen
    ? frozen.status === 'published'
      ? 'published'
      : isFrozenSimulated
        ? 'simulated'
        : 'retired'
    : sameFiles
      ? 'simulated'
      : 'draft';
  const first = rows[0];
  // Without files there are rows (that is how such a version is found), and without rows there are files.
  const modelId = model?.id ?? location?.modelId ?? first.model_id;
  const version = model?.version ?? location?.version ?? first.version;
  return {
    location,
    model,
    row,
    summary: {
      key: `${modelId}/${version}`,
      modelId,
      version,
      title: model?.title ?? first?.title ?? modelId,
      status,
      source: location?.source ?? null,
      dir: location ? storedModelDir(location.dir) : (row ?? first).dir,
      digest: model?.digest ?? row?.digest ?? first?.digest ?? '',
      filesChanged: Boolean(frozen && model && frozen.digest !== model.digest),
      effectiveFrom: model?.effectiveFrom ?? null,
      evaluableFrom: model?.evaluableFrom ?? null,
      problemCount: loaded ? (model ? loaded.problems.length : Math.max(1, loaded.problems.length)) : 0,
      lastSimulation: simulated
        ? {
            at: iso(simulated.simulated_at)!,
            by: simulated.simulated_by ?? '',
            byName: nameOf(simulated.simulated_by ?? ''),
            digest: simulated.digest,
          }
        : null,
      publishedAt: iso(frozen?.published_at ?? null),
      publishedBy: frozen?.published_by ?? null,
      publishedByName: frozen?.published_by ? nameOf(frozen.published_by) : null,
      retiredAt: iso(frozen?.retired_at ?? null),
    },
  };
}

/** Every version, the published one first, then simulated drafts, drafts and retired versions, newest name first. */
export async function listModelVersions(db: Kysely<Database>, dataDir: string): Promise<ModelVersionSummary[]> {
  return (await findModelVersionStates(db, dataDir)).map((state) => state.summary);
}

export async function findModelVersionStates(db: Kysely<Database>, dataDir: string): Promise<ModelVersionState[]> {
  const rows = await db.selectFrom('model_versions').selectAll().orderBy('id').execute();
  const rowsOf = (modelId: string, version: string) =>
    rows.filter((row) => row.model_id === modelId && row.version === version);
  const nameOf = await loadActorNames(
    db,
    rows.flatMap((row) => [row.published_by, row.simulated_by]),
  );
  const locations = findModelVersionDirs(dataDir);
  const states = locations.map((location) => stateOf(location, rowsOf(location.modelId, location.version), nameOf));
  const seen = new Set(states.map((state) => state.summary.key));
  for (const row of rows) {
    const key = `${row.model_id}/${row.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    states.push(stateOf(null, rowsOf(row.model_id, row.version), nameOf));
  }
  return states.sort(
    (a, b) =>
      STATUS_ORDER[a.summary.status] - STATUS_ORDER[b.summary.status] ||
      a.summary.modelId.localeCompare(b.summary.modelId) ||
      b.summary.version.localeCompare(a.summary.version, 'en', { numeric: true }),
  );
}

/** One version by name (never a path from a request), or NOT_FOUND. */
export async function findModelVersionState(
  db: Kysely<Database>,
  dataDir: string,
  modelId: string,
  version: string,
): Promise<ModelVersionState> {
  const state = (await findModelVersionStates(db, dataDir)).find(
    (candidate) => candidate.summary.modelId === modelId && candidate.summary.version === version,
  );
  if (!state) throw new AppError('NOT_FOUND', `找不到模型版本 ${modelId}/${version}`);
  return state;
}
