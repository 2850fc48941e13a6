import fs from 'node:fs';
import { AppError, isAppError } from '../../domain/app-error.ts';
import { loadCatalog } from '../../catalog/catalog.ts';
import { findFinishedBatchOfJob } from '../../store/batch-owner.repository.ts';
import { findClusterJob } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import { takeStagedUpload } from '../../store/import-file.repository.ts';
import { deleteQueuedImport, findQueuedImport, insertQueuedImport } from '../../store/queued-import.repository.ts';
import { decryptBytes } from '../crypto/data-cipher.ts';
import { findJob } from '../jobs/find-job.ts';
import { runClusterJob } from '../jobs/run-cluster-job.ts';
import { jobsOf, type JobReporter } from '../jobs/job-registry.ts';
import { queueClusterJob, type ClusterJobData } from '../jobs/queue-cluster-job.ts';
import { nameJobStarter, type NamedJob } from '../jobs/name-job-starters.ts';
import { EVALUATION_JOB_GROUP } from '../model-management/start-model-jobs.ts';
import { importFile, type ImportMode, type ImportResult } from './import-file.ts';
import type { SecretKey } from './protect-personal.ts';
import {
  keepRejectionFile,
  readUploadContent,
  rejectionPathFor,
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

interface StartImportInput {
  upload: StagedUpload;
  mode: ImportMode;
  operator: string;
  secretKey: SecretKey;
  /** The cluster's job queue (PostgreSQL with several instances): the import is run by a worker. */
  queue?: JobQueue;
}

/**
 * Starts importing a previewed upload as one batch (importFile: one transaction, then re-evaluation of the
 * enterprises it touched) and returns at once. It runs in the evaluation group, so it never overlaps a model
 * publication or a full re-evaluation (nor another import). In one process (no queue) it is a job of the store's
 * job registry, which the server waits for when it closes; a restart forgets the job, never the batch, whose outcome
 * is in the batch history either way, and a committed upload is removed, a refused one stays for another try.
 * With a queue, see queueImportJob.
 */
export async function startImportJob(store: Store, input: StartImportInput): Promise<ImportJob> {
  if (input.queue) return queueImportJob(store, input.queue, input);
  const { upload } = input;
  const total = upload.preview?.totalRows ?? null;
  const job = jobsOf(store).start<ImportOutcome>({
    kind: IMPORT_JOB_KIND,
    label: importLabel(upload),
    group: EVALUATION_JOB_GROUP,
    startedBy: input.operator,
    message: '正在读取与校验',
    details: importDetails(upload, input.mode),
    async work(reporter) {
      const content = await readUploadContent(store.db, upload.id, input.secretKey.ring);
      const outcome = await runImport(store, { ...input, content, total }, reporter);
      if (outcome.status === 'committed') await removeUpload(store.db, upload.id);
      return outcome;
    },
  });
  return importJobView(await nameJobStarter(store.db, job));
}

const importLabel = (upload: StagedUpload) => `导入“${upload.fileName}”`;

function importDetails(upload: Pick<StagedUpload, 'id' | 'departmentCode' | 'fileName'>, mode: ImportMode) {
  return {
    uploadId: upload.id,
    departmentCode: upload.departmentCode,
    fileName: upload.fileName,
    mode,
  } satisfies ImportDetails;
}

/**
 * The import itself, the same in one process and on a worker: importFile on a plaintext copy of the staged file
 * (`content`, decrypted), the rejection file kept in the store for the batch history, progress told to `reporter`.
 */
async function runImport(
  store: Store,
  input: {
    upload: Pick<StagedUpload, 'fileName' | 'departmentCode' | 'kind' | 'preview'>;
    content: Buffer;
    mode: ImportMode;
    operator: string;
    secretKey: SecretKey;
    total: number | null;
    /** The queued job it runs for (recorded on the batch). */
    jobId?: string;
  },
  reporter: JobReporter,
): Promise<ImportOutcome> {
  const { upload, total } = input;
  reporter.report({ total });
  const result = await withPlainUpload(upload, input.content, async (file) => {
    const imported = await importFile(store.db, {
      file,
      department: upload.departmentCode,
      kind: upload.kind ?? upload.preview?.kind.code,
      mode: input.mode,
      operator: input.operator,
      secretKey: input.secretKey,
      rejectionPath: rejectionPathFor(file),
      jobId: input.jobId,
      onProgress: (progress) =>
        reporter.report({
          processed: progress.rowsRead,
          ...(total !== null && progress.rowsRead >= total ? { message: '正在写入并重新评价受影响的企业' } : {}),
        }),
    });
    const { rejectionFile, ...rest } = imported;
    const hasRejectionFile = rejectionFile !== null && fs.existsSync(rejectionFile);
    if (hasRejectionFile)
      await keepRejectionFile(store.db, {
        batchId: imported.batchId,
        file: rejectionFile,
        kind: imported.kind.code,
        ring: input.secretKey.ring,
      });
    return { ...rest, hasRejectionFile };
  });
  reporter.report({ processed: result.totalRows, total: result.totalRows });
  return result;
}

/** The job data of a queued import (the queue's `import`); the rest waits in queued_imports. */
export type ImportQueueJob = ClusterJobData;

/**
 * Several instances on PostgreSQL: the import is handed to the workers. In one transaction, its progress row
 * (cluster_jobs, whose unique index refuses it while another evaluation-group job runs in the cluster), the staged
 * file moved from staged_uploads to queued_imports with what the import needs (still encrypted) and one queued job, so
 * an import is queued with its file or not at all, and the file is stored once. The move takes the upload: a second
 * commit of it, on any instance, finds it gone and cannot import it twice. Any instance answers for the job
 * (findImportJob).
 */
async function queueImportJob(store: Store, queue: JobQueue, input: StartImportInput): Promise<ImportJob> {
  const { upload } = input;
  const total = upload.preview?.totalRows ?? null;
  const jobId = await queueClusterJob(store, queue, {
    queue: 'import',
    kind: IMPORT_JOB_KIND,
    label: importLabel(upload),
    group: EVALUATION_JOB_GROUP,
    total,
    startedBy: input.operator,
    details: importDetails(upload, input.mode),
    keep: async (trx, id) => {
      const content = await takeStagedUpload(trx, upload.id);
      if (!content)
        throw new AppError('NOT_FOUND', '上传的文件不存在或已提交入库，请在导入批次记录中查看结果，或重新上传');
      await insertQueuedImport(trx, {
        jobId: id,
        uploadId: upload.id,
        departmentCode: upload.departmentCode,
        kind: upload.kind ?? upload.preview?.kind.code ?? null,
        fileName: upload.fileName,
        mode: input.mode,
        operator: input.operator,
        totalRows: total,
        content,
      });
    },
  });
  return findImportJob(store, jobId);
}

export type QueuedImportOutcome = 'done' | 'failed' | 'finished-before';

/**
 * A worker's turn at a queued import (queueImportJob): the same import as in one process (runImport), its progress
 * in the job's row, and, once it ends, the job finished with its outcome and the queued file deleted in one
 * transaction (the batch history keeps the file's name and digest, never its content, as for an import in one
 * process). A worker killed mid-import leaves no row of it (importFile's transaction never committed; its batch,
 * left open, is later marked 中断) and the queue gives the job to another worker, which imports it anew. A worker
 * killed after the batch committed but before the job was finished leaves a batch naming the job: the next worker
 * finishes the job with it (finishedBatchOutcome) instead of importing the file twice. A refusal (AppError) fails the
 * job at once; another error is retried, and fails the job on the last attempt.
 */
export async function runQueuedImport(
  store: Store,
  job: { data: ImportQueueJob; isLastAttempt: boolean },
  settings: { secretKey: SecretKey },
): Promise<QueuedImportOutcome> {
  const { jobId } = job.data;
  const row = await findClusterJob(store.db, jobId);
  const queued = await findQueuedImport(store.db, jobId);
  if (row?.status !== 'running' || !queued) return 'finished-before';
  const finished = await findFinishedBatchOfJob(store.db, jobId);
  if (finished)
    return runClusterJob(
      store,
      { jobId, isLastAttempt: job.isLastAttempt },
      { work: async () => finishedBatchOutcome(finished), release: (trx) => deleteQueuedImport(trx, jobId) },
    );
  const upload = {
    fileName: queued.fileName,
    departmentCode: queued.departmentCode,
    kind: queued.kind,
    preview: null,
  };
  return runClusterJob(
    store,
    { jobId, isLastAttempt: job.isLastAttempt },
    {
      work: (reporter) => {
        reporter.report({ message: '正在读取与校验' });
        return runImport(
          store,
          {
            upload,
            content: decryptBytes(queued.content, settings.secretKey.ring),
            mode: queued.mode,
            operator: queued.operator,
            secretKey: settings.secretKey,
            total: queued.totalRows,
            jobId,
          },
          reporter,
        );
      },
      release: (trx) => deleteQueuedImport(trx, jobId),
    },
  );
}

/**
 * The outcome of a queued import whose worker died after its batch had been written, as far as the batch row tells
 * it: the counts, the reason of a refusal and the warnings' summary. The listed problems and the rejection file were
 * the dead worker's and are lost with it (the batch's rejected rows are counted as its problems).
 */
function finishedBatchOutcome(batch: NonNullable<Awaited<ReturnType<typeof findFinishedBatchOfJob>>>): ImportOutcome {
  const catalog = loadCatalog();
  return {
    batchId: Number(batch.id),
    status: batch.status === 'committed' ? 'committed' : 'rejected',
    department: {
      code: batch.department_code,
      name: catalog.department(batch.department_code)?.name ?? batch.department_code,
    },
    kind: { code: batch.kind, label: catalog.kind(batch.kind)?.label ?? batch.kind },
    format: batch.format as ImportOutcome['format'],
    fileHash: batch.file_hash,
    totalRows: batch.total_rows,
    created: batch.created_rows,
    updated: batch.updated_rows,
    unchanged: batch.unchanged_rows,
    rejected: batch.rejected_rows,
    errors: [],
    errorCount: batch.rejected_rows,
    warnings: [],
    warningCount: batch.warning_count,
    hasRejectionFile: false,
    ...(batch.status === 'rejected' && batch.error_summary ? { reason: batch.error_summary } : {}),
  };
}

/**
 * An import job, of this process or (several instances) of the cluster, whichever instance started it; NOT_FOUND for
 * an unknown id, another kind of job, or one forgotten after a restart.
 */
export async function findImportJob(store: Store, id: string): Promise<ImportJob> {
  const job = await findJob(store, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (job?.kind !== IMPORT_JOB_KIND)
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
