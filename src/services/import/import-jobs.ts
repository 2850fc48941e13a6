import fs from 'node:fs';
import { AppError } from '../../domain/app-error.ts';
import type { Store } from '../../store/connect.ts';
import { jobsOf } from '../jobs/job-registry.ts';
import { nameJobStarter, type NamedJob } from '../jobs/name-job-starters.ts';
import { EVALUATION_JOB_GROUP } from '../model-management/start-model-jobs.ts';
import { importFile, type ImportMode, type ImportResult } from './import-file.ts';
import type { SecretKey } from './protect-personal.ts';
import {
  keepRejectionFile,
  pendingRejectionPath,
  removeUpload,
  withPlainUpload,
  type StagedUpload,
} from './staged-uploads.ts';

const IMPORT_JOB_KIND = 'import';

type ImportOutcome = Omit<ImportResult, 'rejectionFile'> & { hasRejectionFile: boolean };

/** A web import as the page polls it for its progress bar: the shared job plus what was imported. */
export interface ImportJob {
  id: string;
  uploadId: string;
  departmentCode: string;
  fileName: string;
  mode: ImportMode;
  startedBy: string;
  /** Who started it, by display name (nameJobStarter). */
  startedByName: string;
  startedAt: string;
  status: 'running' | 'done' | 'failed';
  /** Data rows read so far, of `total` (the preview's count). */
  processed: number;
  total: number | null;
  /** What is happening, or why it failed, in Chinese. */
  message: string;
  result: ImportOutcome | null;
}

interface ImportDetails {
  uploadId: string;
  departmentCode: string;
  fileName: string;
  mode: ImportMode;
}

/**
 * Starts importing a previewed upload as one batch (importFile: one transaction, then re-evaluation of the
 * enterprises it touched) as a job of the store's job registry, and returns at once. It runs in the evaluation group,
 * so it never overlaps a model publication or a full re-evaluation (nor another import), and the server waits for it
 * when it closes. A restart forgets the job, never the batch, whose outcome is in the batch history either way.
 * A committed upload is removed, a refused one stays for another try.
 */
export async function startImportJob(
  store: Store,
  input: { upload: StagedUpload; mode: ImportMode; operator: string; secretKey: SecretKey; dataDir: string },
): Promise<ImportJob> {
  const { upload } = input;
  const total = upload.preview?.totalRows ?? null;
  const details: ImportDetails = {
    uploadId: upload.id,
    departmentCode: upload.departmentCode,
    fileName: upload.fileName,
    mode: input.mode,
  };
  const job = jobsOf(store).start<ImportOutcome>({
    kind: IMPORT_JOB_KIND,
    label: `导入“${upload.fileName}”`,
    group: EVALUATION_JOB_GROUP,
    startedBy: input.operator,
    message: '正在读取与校验',
    details,
    async work(reporter) {
      reporter.report({ total });
      const rejectionPath = pendingRejectionPath(upload);
      fs.rmSync(rejectionPath, { force: true });
      const result = await withPlainUpload(upload, input.secretKey.ring, (file) =>
        importFile(store.db, {
          file,
          department: upload.departmentCode,
          kind: upload.kind ?? upload.preview?.kind.code,
          mode: input.mode,
          operator: input.operator,
          secretKey: input.secretKey,
          rejectionPath,
          onProgress: (progress) =>
            reporter.report({
              processed: progress.rowsRead,
              ...(total !== null && progress.rowsRead >= total ? { message: '正在写入并重新评价受影响的企业' } : {}),
            }),
        }),
      );
      const { rejectionFile, ...rest } = result;
      const hasRejectionFile = rejectionFile !== null && fs.existsSync(rejectionFile);
      if (hasRejectionFile)
        await keepRejectionFile(input.dataDir, {
          batchId: result.batchId,
          file: rejectionFile,
          kind: result.kind.code,
          ring: input.secretKey.ring,
        });
      if (result.status === 'committed') removeUpload(input.dataDir, upload.id);
      reporter.report({ processed: result.totalRows, total: result.totalRows });
      return { ...rest, hasRejectionFile };
    },
  });
  return importJobView(await nameJobStarter(store.db, job));
}

/** An import job of the store, or NOT_FOUND (unknown id, another kind of job, or forgotten after a restart). */
export async function findImportJob(store: Store, id: string): Promise<ImportJob> {
  const job = jobsOf(store).find(id);
  if (job.kind !== IMPORT_JOB_KIND)
    throw new AppError('NOT_FOUND', '导入任务不存在或已过期（服务重启后任务记录不保留，结果见导入批次记录）');
  return importJobView(await nameJobStarter(store.db, job));
}

function importJobView(job: NamedJob): ImportJob {
  const result = job.result as ImportOutcome | null;
  return {
    id: job.id,
    ...(job.details as unknown as ImportDetails),
    startedBy: job.startedBy,
    startedByName: job.startedByName,
    startedAt: job.startedAt,
    status: job.status,
    processed: job.processed,
    total: job.total,
    message: job.status === 'done' && result ? describeOutcome(result) : job.message,
    result,
  };
}

function describeOutcome(result: ImportOutcome): string {
  return result.status === 'committed'
    ? `已入库：新增 ${result.created} 条，更新 ${result.updated} 条，未变 ${result.unchanged} 条${result.rejected > 0 ? `，拒收 ${result.rejected} 行` : ''}${result.warningCount > 0 ? `，警告 ${result.warningCount} 处` : ''}`
    : `整批未入库：${result.reason ?? '存在错误'}`;
}
