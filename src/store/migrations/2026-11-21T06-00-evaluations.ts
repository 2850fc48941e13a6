import { sql, type Kysely } from 'kysely';

// Evaluation results: the model versions the platform knows with their lifecycle, the runs that evaluate
// many enterprises (resumable), and the append-only history of every evaluation stored.
export async function up(db: Kysely<any>): Promise<void> {
  // A model version as the platform saw it: (model_id, version, digest of its files). Editing a draft gives a new
  // digest, hence a new row; a published row is frozen: evaluating refuses files whose digest differs from it.
  await sql`
    create table model_versions (
      id integer generated always as identity primary key,
      model_id text not null,
      version text not null,
      digest text not null,
      title text not null,
      dir text not null,
      status text not null check (status in ('draft', 'simulated', 'published', 'retired')),
      simulated_at timestamptz,
      simulated_by text,
      simulation jsonb,
      published_at timestamptz,
      published_by text,
      retired_at timestamptz,
      created_at timestamptz not null default now(),
      unique (model_id, version, digest)
    )`.execute(db);
  // One published version at a time, platform-wide: every enterprise is evaluated by exactly that one.
  await sql`create unique index model_versions_one_published on model_versions ((true)) where status = 'published'`.execute(
    db,
  );
  // A version name once published keeps its content for good: another digest under the same name cannot be published.
  await sql`create unique index model_versions_frozen_name on model_versions (model_id, version) where published_at is not null`.execute(
    db,
  );

  // A run evaluates many enterprises in ascending id order, committing shard by shard together with its cursor
  // (last_enterprise_id), so a killed run resumes after the last committed shard instead of starting over.
  await sql`
    create table evaluation_runs (
      id bigint generated always as identity primary key,
      kind text not null check (kind in ('all', 'due', 'publish')),
      model_version_id integer not null references model_versions(id),
      as_of date not null,
      status text not null check (status in ('running', 'finished')),
      operator text not null,
      total_enterprises integer not null,
      evaluated integer not null default 0,
      stored integer not null default 0,
      last_enterprise_id bigint not null default 0,
      grade_counts jsonb not null default '{}',
      started_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);
  await sql`create index evaluation_runs_unfinished on evaluation_runs (kind, model_version_id, as_of) where status = 'running'`.execute(
    db,
  );

  // Every evaluation stored, never changed. Per-dimension scores and per-indicator points are float32 little-endian
  // arrays in the model version's order of dimensions and indicators (bytea: a million rows are written in seconds,
  // where real[] costs PostgreSQL a number parse per element). The trace is not stored: it is recomputed on demand from the model
  // version, the as-of date and the record versions, and the fingerprint proves the recomputation used the same
  // inputs. result_hash (48 bits of the score, grade, vetoes and points) lets the daily run skip unchanged results.
  // No foreign keys: a full run writes a million rows, and each key would cost a lookup and a row lock per row;
  // the only writers take every id from rows they have just read (enterprises, the published version, their run).
  await sql`
    create table evaluations (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null,
      model_version_id integer not null,
      run_id bigint,
      reason text not null,
      as_of date not null,
      score numeric(7, 2) not null,
      grade text not null,
      vetoes text[],
      dimension_scores bytea not null,
      indicator_points bytea not null,
      fingerprint text not null,
      result_hash bigint not null,
      evaluated_at timestamptz not null default now()
    )`.execute(db);
  // The current evaluation of an enterprise is its row with the latest as-of date (the latest stored among equals):
  // this index serves it, and the grade in listings, as an index-only scan. An evaluation asked for as of a past
  // date is stored too, but does not displace a later one.
  await sql`create index evaluations_current on evaluations (enterprise_id, as_of desc, id desc) include (grade, score, model_version_id, result_hash)`.execute(
    db,
  );
  await sql`create trigger evaluations_append_only before update or delete on evaluations for each row execute function refuse_change()`.execute(
    db,
  );

  // Evaluating as of a past date reads the record versions in force then; find an enterprise's versions directly.
  await sql`create index record_versions_enterprise on record_versions (enterprise_id, record_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index record_versions_enterprise`.execute(db);
  for (const table of ['evaluations', 'evaluation_runs', 'model_versions']) await db.schema.dropTable(table).execute();
}
