import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import type { Executor } from '../../store/executor.ts';
import {
  deleteStagedUpload,
  deleteUploadsBefore,
  findStagedUpload,
  findStagedUploadContent,
  findStoredRejectionFile,
  findBatchesWithRejectionFile,
  insertStagedUpload,
  keepStoredRejectionFile,
  updateStagedUploadPreview,
  type StoredUpload,
} from '../../store/import-file.repository.ts';
import { decryptBytes, encryptBytes, type DataKeyRing } from '../crypto/data-cipher.ts';
import { writeMaskedRejectionFile } from './mask-rejection-file.ts';
import type { ImportPreview } from './preview-import.ts';

/**
 * Files uploaded through the web (数据归集) wait in the store (staged_uploads) between the preview and the commit, so
 * that any instance behind the proxy shows the preview again and commits it: the file under the name the department
 * gave it (batches and messages carry that name), who uploaded it for which department, and its preview. Uploads older
 * than a day are removed. Rejection files of web imports are kept per batch in the store too (rejection_files), so
 * any instance serves the one a worker wrote. Both hold personal data: the content and the preview are encrypted with
 * the data key ring; the importer reads a plaintext copy made in a private temporary directory for the time of one
 * preview or import (withPlainUpload). The data directory holds none of them; rejection files kept there by earlier
 * versions move into the store on their first read (readRejectionFile), and upload folders they left go after a day
 * (purgeLegacyUploads).
 */
/** An upload as the store keeps it, with its preview decrypted. */
export type StagedUpload = Omit<StoredUpload, 'preview'> & { preview: ImportPreview | null };

/** Operational setting (not regulation): the largest file the web upload takes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const STALE_AFTER_MS = 24 * 3_600_000;
const ACCEPTED_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.csv', '.txt', '.json', '.ndjson', '.jsonl']);
const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

export async function stageUpload(
  db: Executor,
  dataDir: string,
  ring: DataKeyRing,
  input: { fileName: string; content: Buffer; departmentCode: string; kind: string | null; uploadedBy: string },
): Promise<StagedUpload> {
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
  const cutoff = new Date(Date.now() - STALE_AFTER_MS);
  await deleteUploadsBefore(db, cutoff);
  purgeLegacyUploads(dataDir, cutoff);
  const stored = await insertStagedUpload(db, {
    id: randomUUID(),
    fileName,
    departmentCode: input.departmentCode,
    kind: input.kind,
    uploadedBy: input.uploadedBy,
    content: encryptBytes(input.content, ring),
  });
  return { ...stored, preview: null };
}

/**
 * Earlier versions staged uploads in `<dataDir>/imports/uploads/<id>/` and unpacked queued ones in
 * `<dataDir>/imports/queued/<job id>/`; nothing reads them any more, and they go by the same rule as uploads in the
 * store (a version still running on a shared data directory keeps its uploads of the day).
 */
function purgeLegacyUploads(dataDir: string, cutoff: Date): void {
  for (const folder of ['uploads', 'queued']) {
    const dir = path.join(dataDir, 'imports', folder);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (fs.statSync(full).mtime < cutoff) fs.rmSync(full, { recursive: true, force: true });
    }
  }
}

// The preview lists row errors, which may quote cell values: it is encrypted like the upload.
export async function savePreview(
  db: Executor,
  upload: StagedUpload,
  preview: ImportPreview,
  ring: DataKeyRing,
): Promise<StagedUpload> {
  await updateStagedUploadPreview(db, upload.id, encryptBytes(Buffer.from(JSON.stringify(preview)), ring));
  return { ...upload, preview };
}

const EXPIRED = '上传的文件不存在或已过期（上传后 24 小时内有效），请重新上传';

export async function findUpload(db: Executor, id: string, ring: DataKeyRing): Promise<StagedUpload> {
  const stored = UPLOAD_ID.test(id) ? await findStagedUpload(db, id) : undefined;
  if (!stored) throw new AppError('NOT_FOUND', EXPIRED);
  const preview = stored.preview
    ? (JSON.parse(decryptBytes(stored.preview, ring).toString('utf8')) as ImportPreview)
    : null;
  return { ...stored, preview };
}

/** The upload's file in plain. */
export async function readUploadContent(db: Executor, id: string, ring: DataKeyRing): Promise<Buffer> {
  const content = await findStagedUploadContent(db, id);
  if (!content) throw new AppError('NOT_FOUND', EXPIRED);
  return decryptBytes(content, ring);
}

export async function removeUpload(db: Executor, id: string): Promise<void> {
  await deleteStagedUpload(db, id);
}

/**
 * Runs `work` on a plaintext copy of an upload's content (under the upload's file name, which the batch records), in a
 * private temporary directory (0700, the file 0600), and removes the directory afterwards whatever happens. `work`
 * may write beside the file (the rejection file: rejectionPathFor).
 */
export async function withPlainUpload<T>(
  upload: Pick<StagedUpload, 'fileName'>,
  content: Buffer,
  work: (file: string) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-import-'));
  try {
    fs.chmodSync(dir, 0o700);
    const file = path.join(dir, safeFileName(upload.fileName));
    fs.writeFileSync(file, content, { mode: 0o600 });
    return await work(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the import of a plaintext upload copy (withPlainUpload) writes its rejection file: beside it. */
export function rejectionPathFor(file: string): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `rejected${extension === '.xls' ? '.csv' : extension}`);
}

/**
 * Keeps a batch's rejection file for download from the batch history: encrypted, with an encrypted masked copy for
 * those who may not see personal data in plain (mask-rejection-file.ts). The plaintext file is removed.
 */
export async function keepRejectionFile(
  db: Executor,
  input: { batchId: number; file: string; kind: string; ring: DataKeyRing },
): Promise<void> {
  const extension = path.extname(input.file);
  const maskedPlain = `${input.file}.masked${extension}`;
  try {
    await writeMaskedRejectionFile(input.file, maskedPlain, input.kind);
    await keepStoredRejectionFile(db, {
      batchId: input.batchId,
      extension,
      content: encryptBytes(fs.readFileSync(input.file), input.ring),
      maskedContent: encryptBytes(fs.readFileSync(maskedPlain), input.ring),
    });
  } finally {
    fs.rmSync(maskedPlain, { force: true });
    fs.rmSync(input.file, { force: true });
  }
}

/** Where earlier versions kept rejection files: `<dataDir>/imports/rejections/<batch id><extension>`. */
function legacyRejectionsDir(dataDir: string): string {
  return path.join(dataDir, 'imports', 'rejections');
}

/** The rejection files an earlier version kept in this data directory (and its masked copies), by batch id. */
function listLegacyRejectionFiles(dataDir: string): Map<number, string[]> {
  const dir = legacyRejectionsDir(dataDir);
  const files = new Map<number, string[]>();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir)) {
    const batch = /^(\d+)\./.exec(entry);
    if (!batch) continue;
    const batchId = Number(batch[1]);
    files.set(batchId, [...(files.get(batchId) ?? []), path.join(dir, entry)]);
  }
  return files;
}

/** Which of these batches have a rejection file to download: kept in the store, or still in the data directory. */
export async function findRejectionFileBatches(
  db: Executor,
  dataDir: string,
  batchIds: number[],
): Promise<Set<number>> {
  const kept = await findBatchesWithRejectionFile(db, batchIds);
  const legacy = listLegacyRejectionFiles(dataDir);
  for (const batchId of batchIds) if (legacy.has(batchId)) kept.add(batchId);
  return kept;
}

/**
 * The content of a batch's kept rejection file, masked or not, or null when the batch has none. A file an earlier
 * version kept in the data directory (encrypted, or in plain before encryption) is moved into the store on this first
 * read, its masked copy made anew, and removed from the disk.
 */
export async function readRejectionFile(
  db: Executor,
  dataDir: string,
  input: { batchId: number; kind: string; isMasked: boolean; ring: DataKeyRing },
): Promise<{ extension: string; content: Buffer } | null> {
  const stored =
    (await findStoredRejectionFile(db, input.batchId)) ??
    ((await moveLegacyRejectionFile(db, dataDir, input))
      ? await findStoredRejectionFile(db, input.batchId)
      : undefined);
  if (!stored) return null;
  return {
    extension: stored.extension,
    content: decryptBytes(input.isMasked ? stored.maskedContent : stored.content, input.ring),
  };
}

async function moveLegacyRejectionFile(
  db: Executor,
  dataDir: string,
  input: { batchId: number; kind: string; ring: DataKeyRing },
): Promise<boolean> {
  const files = listLegacyRejectionFiles(dataDir).get(input.batchId);
  // The file itself is `<batch id><extension>`; its masked copy `<batch id>.masked<extension>` is made anew.
  const file = files?.find((each) => /^\d+\.[^.]+$/.test(path.basename(each)));
  if (!files || !file) return false;
  await withPlainUpload(
    { fileName: `rejected${path.extname(file)}` },
    decryptBytes(fs.readFileSync(file), input.ring),
    (plain) => keepRejectionFile(db, { batchId: input.batchId, file: plain, kind: input.kind, ring: input.ring }),
  );
  for (const each of files) fs.rmSync(each, { force: true });
  return true;
}
