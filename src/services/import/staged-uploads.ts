import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import type { DataKeyRing } from '../crypto/data-cipher.ts';
import { makePrivateDir, readProtectedFile, writeProtectedFile } from '../crypto/protected-files.ts';
import { writeMaskedRejectionFile } from './mask-rejection-file.ts';
import type { ImportPreview } from './preview-import.ts';

/**
 * Files uploaded through the web (数据归集) wait in `<dataDir>/imports/uploads/<id>/` between the preview and
 * the commit: the file under the name the department gave it (so batches and messages carry that name) and a
 * meta.json with who uploaded it for which department and its preview. Uploads older than a day are removed.
 * Rejection files of web imports are kept per batch in `<dataDir>/imports/rejections/`. Both hold personal data: they
 * are encrypted with the data key ring and owner-only (protected-files.ts); the importer reads a plaintext copy made
 * for the time of one preview or import (withPlainUpload).
 */
export interface StagedUpload {
  id: string;
  fileName: string;
  departmentCode: string;
  kind: string | null;
  uploadedBy: string;
  uploadedAt: string;
  /** Absolute path of the stored (encrypted) file. */
  file: string;
  preview: ImportPreview | null;
}

/** Operational setting (not regulation): the largest file the web upload takes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const STALE_AFTER_MS = 24 * 3_600_000;
const ACCEPTED_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.csv', '.txt', '.json', '.ndjson', '.jsonl']);
const UPLOAD_ID = /^[0-9a-f-]{36}$/;

function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'imports', 'uploads');
}

/** A file name safe to store: no directories, no control characters, at most 120 characters. */
function safeFileName(fileName: string): string {
  const base = path
    .basename(fileName.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .trim();
  const extension = path.extname(base).toLowerCase();
  const stem =
    Array.from(path.basename(base, path.extname(base)))
      .slice(0, 100)
      .join('') || '导入文件';
  return `${stem}${extension}`;
}

export function stageUpload(
  dataDir: string,
  ring: DataKeyRing,
  input: { fileName: string; content: Buffer; departmentCode: string; kind: string | null; uploadedBy: string },
): StagedUpload {
  const fileName = safeFileName(input.fileName);
  const extension = path.extname(fileName);
  if (!ACCEPTED_EXTENSIONS.has(extension))
    throw new AppError(
      'INVALID_INPUT',
      `不支持的文件类型“${extension || '（无扩展名）'}”：请上传 .xlsx、.csv 或 .json 文件`,
    );
  if (input.content.length === 0) throw new AppError('INVALID_INPUT', `文件“${fileName}”为空（0 字节）`);
  if (input.content.length > MAX_UPLOAD_BYTES)
    throw new AppError(
      'INVALID_INPUT',
      `文件“${fileName}”超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后分批上传，或使用命令行 xinping import`,
    );
  purgeStaleUploads(dataDir);
  const id = randomUUID();
  const dir = path.join(uploadsDir(dataDir), id);
  makePrivateDir(uploadsDir(dataDir));
  const upload: StagedUpload = {
    id,
    fileName,
    departmentCode: input.departmentCode,
    kind: input.kind,
    uploadedBy: input.uploadedBy,
    uploadedAt: new Date().toISOString(),
    file: path.join(dir, fileName),
    preview: null,
  };
  writeProtectedFile(upload.file, input.content, ring);
  writeMeta(upload, ring);
  return upload;
}

export function savePreview(upload: StagedUpload, preview: ImportPreview, ring: DataKeyRing): StagedUpload {
  const updated = { ...upload, preview };
  writeMeta(updated, ring);
  return updated;
}

// The preview lists row errors, which may quote cell values: the meta file is protected like the upload.
function writeMeta(upload: StagedUpload, ring: DataKeyRing): void {
  const { file: _file, ...meta } = upload;
  writeProtectedFile(path.join(path.dirname(upload.file), 'meta.json'), Buffer.from(JSON.stringify(meta)), ring);
}

export function findUpload(dataDir: string, id: string, ring: DataKeyRing): StagedUpload {
  const dir = path.join(uploadsDir(dataDir), id);
  if (!UPLOAD_ID.test(id) || !fs.existsSync(path.join(dir, 'meta.json')))
    throw new AppError('NOT_FOUND', '上传的文件不存在或已过期（上传后 24 小时内有效），请重新上传');
  const meta = JSON.parse(readProtectedFile(path.join(dir, 'meta.json'), ring).toString('utf8')) as Omit<
    StagedUpload,
    'file'
  >;
  return { ...meta, file: path.join(dir, meta.fileName) };
}

/**
 * Runs `work` on a plaintext copy of the upload (same file name, which the batch records), owner-only in the upload's
 * private directory, and removes the copy afterwards whatever happens.
 */
export async function withPlainUpload<T>(
  upload: StagedUpload,
  ring: DataKeyRing,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const dir = path.join(path.dirname(upload.file), `plain-${randomUUID()}`);
  makePrivateDir(dir);
  const file = path.join(dir, upload.fileName);
  try {
    fs.writeFileSync(file, readProtectedFile(upload.file, ring), { mode: 0o600 });
    return await work(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function removeUpload(dataDir: string, id: string): void {
  if (UPLOAD_ID.test(id)) fs.rmSync(path.join(uploadsDir(dataDir), id), { recursive: true, force: true });
}

/** The staged file's bytes as stored (encrypted with the data key ring), to hand to a worker elsewhere (import-jobs.ts). */
export function readStoredUpload(upload: StagedUpload): Buffer {
  return fs.readFileSync(upload.file);
}

function queuedDir(dataDir: string, jobId: string): string {
  if (!UPLOAD_ID.test(jobId)) throw new Error(`not a job id: ${jobId}`);
  return path.join(dataDir, 'imports', 'queued', jobId);
}

/**
 * A queued import's file (its stored bytes, still encrypted) put on this worker's disk as a staged upload, under
 * `<dataDir>/imports/queued/<jobId>/`, so the import runs as it does for an upload staged here; removeQueuedUpload
 * removes it afterwards.
 */
export function unpackQueuedUpload(
  dataDir: string,
  input: Pick<StagedUpload, 'id' | 'fileName' | 'departmentCode' | 'kind' | 'uploadedBy'> & {
    jobId: string;
    content: Buffer;
  },
): StagedUpload {
  const dir = queuedDir(dataDir, input.jobId);
  fs.rmSync(dir, { recursive: true, force: true });
  makePrivateDir(dir);
  const file = path.join(dir, safeFileName(input.fileName));
  fs.writeFileSync(file, input.content, { mode: 0o600 });
  return {
    id: input.id,
    fileName: path.basename(file),
    departmentCode: input.departmentCode,
    kind: input.kind,
    uploadedBy: input.uploadedBy,
    uploadedAt: new Date().toISOString(),
    file,
    preview: null,
  };
}

export function removeQueuedUpload(dataDir: string, jobId: string): void {
  fs.rmSync(queuedDir(dataDir, jobId), { recursive: true, force: true });
}

/** Where the rejection file of an upload's import is written while the import runs. */
export function pendingRejectionPath(upload: StagedUpload): string {
  const extension = path.extname(upload.fileName);
  return path.join(path.dirname(upload.file), `rejected${extension === '.xls' ? '.csv' : extension}`);
}

function rejectionsDir(dataDir: string): string {
  return path.join(dataDir, 'imports', 'rejections');
}

const MASKED_SUFFIX = '.masked';

/**
 * Keeps a batch's rejection file for download from the batch history: encrypted, with an encrypted masked copy for
 * those who may not see personal data in plain (mask-rejection-file.ts). The plaintext file is removed.
 */
export async function keepRejectionFile(
  dataDir: string,
  input: { batchId: number; file: string; kind: string; ring: DataKeyRing },
): Promise<void> {
  const dir = rejectionsDir(dataDir);
  makePrivateDir(dir);
  const extension = path.extname(input.file);
  const maskedPlain = `${input.file}${MASKED_SUFFIX}${extension}`;
  try {
    await writeMaskedRejectionFile(input.file, maskedPlain, input.kind);
    writeProtectedFile(
      path.join(dir, `${input.batchId}${MASKED_SUFFIX}${extension}`),
      fs.readFileSync(maskedPlain),
      input.ring,
    );
    writeProtectedFile(path.join(dir, `${input.batchId}${extension}`), fs.readFileSync(input.file), input.ring);
  } finally {
    fs.rmSync(maskedPlain, { force: true });
    fs.rmSync(input.file, { force: true });
  }
}

/** The kept rejection files by batch id, from one read of the folder (a page of batches asks for each of them). */
export function listRejectionFiles(dataDir: string): Map<number, string> {
  const dir = rejectionsDir(dataDir);
  if (!fs.existsSync(dir)) return new Map();
  return new Map(
    fs
      .readdirSync(dir)
      .map((entry) => [Number(path.basename(entry, path.extname(entry))), path.join(dir, entry)] as const)
      .filter(([batchId]) => Number.isInteger(batchId)),
  );
}

/**
 * The content of a batch's kept rejection file, masked or not, or null when the batch has none. A file kept before
 * encryption (plaintext, no masked copy) is protected on this first read.
 */
export async function readRejectionFile(
  dataDir: string,
  input: { batchId: number; kind: string; isMasked: boolean; ring: DataKeyRing },
): Promise<{ extension: string; content: Buffer } | null> {
  const file = listRejectionFiles(dataDir).get(input.batchId);
  if (!file) return null;
  const extension = path.extname(file);
  const masked = path.join(rejectionsDir(dataDir), `${input.batchId}${MASKED_SUFFIX}${extension}`);
  if (!fs.existsSync(masked)) {
    const plain = path.join(rejectionsDir(dataDir), `${input.batchId}.legacy${extension}`);
    fs.renameSync(file, plain);
    await keepRejectionFile(dataDir, { batchId: input.batchId, file: plain, kind: input.kind, ring: input.ring });
  }
  return { extension, content: readProtectedFile(input.isMasked ? masked : file, input.ring) };
}

function purgeStaleUploads(dataDir: string): void {
  const dir = uploadsDir(dataDir);
  if (!fs.existsSync(dir)) return;
  const cutoff = Date.now() - STALE_AFTER_MS;
  for (const entry of fs.readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (fs.statSync(full).mtimeMs < cutoff) fs.rmSync(full, { recursive: true, force: true });
  }
}
