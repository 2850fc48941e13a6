import { sql, type Kysely } from 'kysely';

// Several `xinping serve` instances and `xinping worker` processes on one PostgreSQL (ARCHITECTURE.md, "Several
// instances"): what one process used to keep in memory lives here, so every instance sees the same thing.
// - cluster_jobs: a long job's progress, readable by any instance (GET /api/jobs/{id}); at most one running job per
//   group across the cluster (the unique partial index), as the in-memory registry guarantees within one process.
// - evaluation_run_shards: a full evaluation cut into enterprise ranges, each claimed by a worker through the job
//   queue; a shard's evaluations and its row's `done` commit together, so a shard retried after a worker died is
//   written once.
// - rate_limit_counters: the HTTP rate limits' fixed windows, shared by the instances behind one proxy.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table cluster_jobs (
      id uuid primary key,
      kind text not null,
      label text not null,
      job_group text not null,
      status text not null default 'running' check (status in ('running', 'done', 'failed')),
      processed bigint not null default 0,
      total bigint,
      message text not null,
      result jsonb,
      error jsonb,
      started_by text not null,
      started_at timestamptz not null default now(),
      finished_at timestamptz,
      details jsonb
    )`.execute(db);
  await sql`create unique index cluster_jobs_one_running_per_group on cluster_jobs (job_group) where status = 'running'`.execute(
    db,
  );
  await sql`create index cluster_jobs_started on cluster_jobs (started_at desc)`.execute(db);

  await sql`
    create table evaluation_run_shards (
      run_id bigint not null references evaluation_runs(id),
      from_enterprise_id bigint not null,
      to_enterprise_id bigint not null,
      status text not null default 'pending' check (status in ('pending', 'done')),
      evaluated integer not null default 0,
      stored integer not null default 0,
      grade_counts jsonb not null default '{}',
      worker text,
      finished_at timestamptz,
      primary key (run_id, from_enterprise_id)
    )`.execute(db);

  await sql`
    create table rate_limit_counters (
      key text primary key,
      window_started_at timestamptz not null,
      hits integer not null
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table rate_limit_counters`.execute(db);
  await sql`drop table evaluation_run_shards`.execute(db);
  await sql`drop table cluster_jobs`.execute(db);
}
