import type { Executor } from './executor.ts';

/**
 * SQL of staged_uploads and rejection_files: the files of web imports, which any instance of a deployment reads
 * (staged-uploads.ts). Contents arrive and leave encrypted; this file never sees them in plain.
 */

export interface StoredUpload {
  id: string;
  fileName: string;
  departmentCode: string;
  kind: string | null;
  uploadedBy: string;
  uploadedAt: string;
  /** The preview as encrypted JSON, or null before it is made. */
  preview: Buffer | null;
}

export async function insertStagedUpload(
  db: Executor,
  upload: Omit<StoredUpload, 'uploadedAt' | 'preview'> & { content: Buffer },
): Promise<StoredUpload> {
  const row = await db
    .insertInto('staged_uploads')
    .values({
      id: upload.id,
      file_name: upload.fileName,
      department_code: upload.departmentCode,
      kind: upload.kind,
      uploaded_by: upload.uploadedBy,
      content: upload.content,
    })
    .returning('uploaded_at')
    .executeTakeFirstOrThrow();
  return { ...upload, uploadedAt: new Date(row.uploaded_at).toISOString(), preview: null };
}

export async function updateStagedUploadPreview(db: Executor, id: string, preview: Buffer): Promise<void> {
  await db.updateTable('staged_uploads').set({ preview }).where('id', '=', id).execute();
}

/** An upload's meta and preview, without its content (a preview is shown again without reading the file). */
export async function findStagedUpload(db: Executor, id: string): Promise<StoredUpload | undefined> {
  const row = await db
    .selectFrom('staged_uploads')
    .select(['id', 'file_name', 'department_code', 'kind', 'uploaded_by', 'uploaded_at', 'preview'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    fileName: row.file_name,
    departmentCode: row.department_code,
    kind: row.kind,
    uploadedBy: row.uploaded_by,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
    preview: row.preview ? Buffer.from(row.preview) : null,
  };
}

export async function findStagedUploadContent(db: Executor, id: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('staged_uploads').select('content').where('id', '=', id).executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

export async function deleteStagedUpload(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('staged_uploads').where('id', '=', id).execute();
}

/**
 * Deletes an upload and returns its content, or undefined when it is gone already: of two commits of one upload
 * racing on two instances, one takes it.
 */
export async function takeStagedUpload(db: Executor, id: string): Promise<Buffer | undefined> {
  const row = await db.deleteFrom('staged_uploads').where('id', '=', id).returning('content').executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

export async function deleteUploadsBefore(db: Executor, cutoff: Date): Promise<void> {
  await db.deleteFrom('staged_uploads').where('uploaded_at', '<', cutoff).execute();
}

export async function listStagedUploadIds(db: Executor): Promise<string[]> {
  return (await db.selectFrom('staged_uploads').select('id').orderBy('id').execute()).map((row) => row.id);
}

/** Replaces an upload's encrypted content and preview (re-encryption under another key). */
export async function rewriteStagedUpload(
  db: Executor,
  id: string,
  ciphers: { content: Buffer; preview: Buffer | null },
): Promise<void> {
  await db.updateTable('staged_uploads').set(ciphers).where('id', '=', id).execute();
}

export interface StoredRejectionFile {
  batchId: number;
  extension: string;
  content: Buffer;
  maskedContent: Buffer;
}

/** Keeps a batch's rejection file, replacing one kept before for the batch. */
export async function keepStoredRejectionFile(db: Executor, file: StoredRejectionFile): Promise<void> {
  const values = { extension: file.extension, content: file.content, masked_content: file.maskedContent };
  await db
    .insertInto('rejection_files')
    .values({ batch_id: file.batchId, ...values })
    .onConflict((conflict) => conflict.column('batch_id').doUpdateSet(values))
    .execute();
}

export async function findStoredRejectionFile(db: Executor, batchId: number): Promise<StoredRejectionFile | undefined> {
  const row = await db
    .selectFrom('rejection_files')
    .select(['batch_id', 'extension', 'content', 'masked_content'])
    .where('batch_id', '=', batchId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    batchId: Number(row.batch_id),
    extension: row.extension,
    content: Buffer.from(row.content),
    maskedContent: Buffer.from(row.masked_content),
  };
}

/** Which of these batches have a kept rejection file. */
export async function findBatchesWithRejectionFile(db: Executor, batchIds: number[]): Promise<Set<number>> {
  if (batchIds.length === 0) return new Set();
  const rows = await db.selectFrom('rejection_files').select('batch_id').where('batch_id', 'in', batchIds).execute();
  return new Set(rows.map((row) => Number(row.batch_id)));
}

export async function listRejectionFileBatchIds(db: Executor): Promise<number[]> {
  return (await db.selectFrom('rejection_files').select('batch_id').orderBy('batch_id').execute()).map((row) =>
    Number(row.batch_id),
  );
}
