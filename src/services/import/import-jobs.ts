import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { importFile, type ImportMode, type ImportResult } from './import-file.ts';
import type { SecretKey } from './protect-personal.ts';
import { keepRejectionFile, pendingRejectionPath, removeUpload, type StagedUpload } from './staged-uploads.ts';

/** A web import running in the server process, polled by the page for its progress bar. */
export interface ImportJob {
  id: string;
  uploadId: string;
  departmentCode: string;
  fileName: string;
  mode: ImportMode;
  startedBy: string;
  startedAt: string;
  status: 'running' | 'done' | 'failed';
  /** Data rows read so far, of `total` (the preview's count). */
  processed: number;
  total: number | null;
  /** What is happening, or why it failed, in Chinese. */
  message: string;
  result: (Omit<ImportResult, 'rejectionFile'> & { hasRejectionFile: boolean }) | null;
}

const jobs = new Map<string, ImportJob>();
const KEEP_FINISHED_MS = 3_600_000;

/**
 * Starts importing a previewed upload as one batch (importFile: one transaction, then re-evaluation of the
 * enterprises it touched) and returns at once; the job's progress is read with findImportJob. Jobs live in this
 * process only: a restart forgets them, never the batch, whose outcome is in the batch history either way.
 * One job per upload at a time; a committed upload is removed, a refused one stays for another try.
 */
export function startImportJob(db: Kysely<Database>, input: { upload: StagedUpload; mode: ImportMode; operator: string; secretKey: SecretKey; dataDir: string }): ImportJob {
  const { upload } = input;
  for (const job of jobs.values()) {
    if (job.uploadId === upload.id && job.status === 'running') throw new AppError('CONFLICT', `文件“${upload.fileName}”正在导入,请等待完成`);
  }
  purgeFinishedJobs();
  const job: ImportJob = {
    id: randomUUID(),
    uploadId: upload.id,
    departmentCode: upload.departmentCode,
    fileName: upload.fileName,
    mode: input.mode,
    startedBy: input.operator,
    startedAt: new Date().toISOString(),
    status: 'running',
    processed: 0,
    total: upload.preview?.totalRows ?? null,
    message: '正在读取与校验',
    result: null,
  };
  jobs.set(job.id, job);
  const rejectionPath = pendingRejectionPath(upload);
  fs.rmSync(rejectionPath, { force: true });
  void importFile(db, {
    file: upload.file,
    department: upload.departmentCode,
    kind: upload.kind ?? upload.preview?.kind.code,
    mode: input.mode,
    operator: input.operator,
    secretKey: input.secretKey,
    rejectionPath,
    onProgress: (progress) => {
      job.processed = progress.rowsRead;
      if (job.total !== null && progress.rowsRead >= job.total) job.message = '正在写入并重新评价受影响的企业';
    },
  }).then(
    (result) => {
      const { rejectionFile, ...rest } = result;
      const hasRejectionFile = rejectionFile !== null && fs.existsSync(rejectionFile);
      if (hasRejectionFile) keepRejectionFile(input.dataDir, result.batchId, rejectionFile);
      job.result = { ...rest, hasRejectionFile };
      job.processed = result.totalRows;
      job.total = result.totalRows;
      job.status = 'done';
      job.message =
        result.status === 'committed'
          ? `已入库:新增 ${result.created} 条,更新 ${result.updated} 条,未变 ${result.unchanged} 条${result.rejected > 0 ? `,拒收 ${result.rejected} 行` : ''}`
          : `整批未入库:${result.reason ?? '存在错误'}`;
      if (result.status === 'committed') removeUpload(input.dataDir, upload.id);
    },
    (error: unknown) => {
      job.status = 'failed';
      job.message = error instanceof AppError ? error.userMessage : '导入失败:服务器内部错误,请稍后重试';
    },
  );
  return job;
}

export function findImportJob(id: string): ImportJob {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', '导入任务不存在或已过期(服务重启后任务记录不保留,结果见导入批次记录)');
  return job;
}

function purgeFinishedJobs(): void {
  const cutoff = Date.now() - KEEP_FINISHED_MS;
  for (const [id, job] of jobs) if (job.status !== 'running' && Date.parse(job.startedAt) < cutoff) jobs.delete(id);
}
