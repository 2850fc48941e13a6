import type { Executor } from './executor.ts';

/** SQL of queued_imports: a web import's file and settings while a worker runs it (import-jobs.ts). */

export interface QueuedImport {
  jobId: string;
  uploadId: string;
  departmentCode: string;
  kind: string | null;
  fileName: string;
  mode: 'all-or-nothing' | 'accept-valid';
  operator: string;
  totalRows: number | null;
  /** The staged file as it waited in staged_uploads (encrypted with the data key ring). */
  content: Buffer;
}

export async function insertQueuedImport(trx: Executor, queued: QueuedImport): Promise<void> {
  await trx
    .insertInto('queued_imports')
    .values({
      job_id: queued.jobId,
      upload_id: queued.uploadId,
      department_code: queued.departmentCode,
      kind: queued.kind,
      file_name: queued.fileName,
      mode: queued.mode,
      operator: queued.operator,
      total_rows: queued.totalRows,
      content: queued.content,
    })
    .execute();
}

export async function findQueuedImport(db: Executor, jobId: string): Promise<QueuedImport | undefined> {
  const row = await db.selectFrom('queued_imports').selectAll().where('job_id', '=', jobId).executeTakeFirst();
  if (!row) return undefined;
  return {
    jobId: row.job_id,
    uploadId: row.upload_id,
    departmentCode: row.department_code,
    kind: row.kind,
    fileName: row.file_name,
    mode: row.mode as QueuedImport['mode'],
    operator: row.operator,
    totalRows: row.total_rows,
    content: Buffer.from(row.content),
  };
}

export async function deleteQueuedImport(trx: Executor, jobId: string): Promise<void> {
  await trx.deleteFrom('queued_imports').where('job_id', '=', jobId).execute();
}
