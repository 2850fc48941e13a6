import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import type { ImportPreview } from './preview-import.ts';

/**
 * Files uploaded through the web (issue #8, 数据归集) wait in `<dataDir>/imports/uploads/<id>/` between the preview and
 * the commit: the file under the name the department gave it (so batches and messages carry that name) and a
 * meta.json with who uploaded it for which department and its preview. Uploads older than a day are removed.
 * Rejection files of web imports are kept per batch in `<dataDir>/imports/rejections/`.
 */
export interface StagedUpload {
  id: string;
  fileName: string;
  departmentCode: string;
  kind: string | null;
  uploadedBy: string;
  uploadedAt: string;
  /** Absolute path of the stored file. */
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
  const base = path.basename(fileName.replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  const extension = path.extname(base).toLowerCase();
  const stem = Array.from(path.basename(base, path.extname(base))).slice(0, 100).join('') || '导入文件';
  return `${stem}${extension}`;
}

export function stageUpload(dataDir: string, input: { fileName: string; content: Buffer; departmentCode: string; kind: string | null; uploadedBy: string }): StagedUpload {
  const fileName = safeFileName(input.fileName);
  const extension = path.extname(fileName);
  if (!ACCEPTED_EXTENSIONS.has(extension)) throw new AppError('INVALID_INPUT', `不支持的文件类型“${extension || '(无扩展名)'}”:请上传 .xlsx、.csv 或 .json 文件`);
  if (input.content.length === 0) throw new AppError('INVALID_INPUT', `文件“${fileName}”为空(0 字节)`);
  if (input.content.length > MAX_UPLOAD_BYTES) throw new AppError('INVALID_INPUT', `文件“${fileName}”超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB,请拆分后分批上传,或使用命令行 xinping import`);
  purgeStaleUploads(dataDir);
  const id = randomUUID();
  const dir = path.join(uploadsDir(dataDir), id);
  fs.mkdirSync(dir, { recursive: true });
  const upload: StagedUpload = { id, fileName, departmentCode: input.departmentCode, kind: input.kind, uploadedBy: input.uploadedBy, uploadedAt: new Date().toISOString(), file: path.join(dir, fileName), preview: null };
  fs.writeFileSync(upload.file, input.content);
  writeMeta(upload);
  return upload;
}

export function savePreview(upload: StagedUpload, preview: ImportPreview): StagedUpload {
  const updated = { ...upload, preview };
  writeMeta(updated);
  return updated;
}

function writeMeta(upload: StagedUpload): void {
  const { file: _file, ...meta } = upload;
  fs.writeFileSync(path.join(path.dirname(upload.file), 'meta.json'), JSON.stringify(meta));
}

export function findUpload(dataDir: string, id: string): StagedUpload {
  const dir = path.join(uploadsDir(dataDir), id);
  if (!UPLOAD_ID.test(id) || !fs.existsSync(path.join(dir, 'meta.json'))) throw new AppError('NOT_FOUND', '上传的文件不存在或已过期(上传后 24 小时内有效),请重新上传');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Omit<StagedUpload, 'file'>;
  return { ...meta, file: path.join(dir, meta.fileName) };
}

export function removeUpload(dataDir: string, id: string): void {
  if (UPLOAD_ID.test(id)) fs.rmSync(path.join(uploadsDir(dataDir), id), { recursive: true, force: true });
}

/** Where the rejection file of an upload's import is written while the import runs. */
export function pendingRejectionPath(upload: StagedUpload): string {
  const extension = path.extname(upload.fileName);
  return path.join(path.dirname(upload.file), `rejected${extension === '.xls' ? '.csv' : extension}`);
}

/** Keeps a batch's rejection file (moved out of the upload's directory) for download from the batch history. */
export function keepRejectionFile(dataDir: string, batchId: number, file: string): void {
  const dir = path.join(dataDir, 'imports', 'rejections');
  fs.mkdirSync(dir, { recursive: true });
  fs.renameSync(file, path.join(dir, `${batchId}${path.extname(file)}`));
}

/** The kept rejection files by batch id, from one read of the folder (a page of batches asks for each of them). */
export function listRejectionFiles(dataDir: string): Map<number, string> {
  const dir = path.join(dataDir, 'imports', 'rejections');
  if (!fs.existsSync(dir)) return new Map();
  return new Map(fs.readdirSync(dir).map((entry) => [Number(path.basename(entry, path.extname(entry))), path.join(dir, entry)]));
}

/** The kept rejection file of a batch, or null. */
export function findRejectionFile(dataDir: string, batchId: number): string | null {
  return listRejectionFiles(dataDir).get(batchId) ?? null;
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
