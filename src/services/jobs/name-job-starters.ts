import type { Executor } from '../../store/executor.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import type { Job } from './job-registry.ts';

/** A job with the display name of the person who started it next to the account (loadActorNames). */
export type NamedJob = Job & { startedByName: string };

/** Names the people who started these jobs, in one query. */
export async function nameJobStarters(db: Executor, jobs: readonly Job[]): Promise<NamedJob[]> {
  const nameOf = await loadActorNames(
    db,
    jobs.map((job) => job.startedBy),
  );
  return jobs.map((job) => ({ ...job, startedByName: nameOf(job.startedBy) }));
}

/** One job with the display name of the person who started it. */
export async function nameJobStarter(db: Executor, job: Job): Promise<NamedJob> {
  const [named] = await nameJobStarters(db, [job]);
  return named!;
}
