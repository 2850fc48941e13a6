import type { Executor } from '../../store/executor.ts';
import {
  findStagedUpload,
  findStagedUploadContent,
  findStoredRejectionFile,
  keepStoredRejectionFile,
  listRejectionFileBatchIds,
  listStagedUploadIds,
  rewriteStagedUpload,
} from '../../store/import-file.repository.ts';
import { decryptBytes, encryptBytes, isCurrentBytes, type DataKeyRing } from './data-cipher.ts';

/**
 * Rewrites the files of web imports kept in the store (staged uploads with their previews, rejection files with their
 * masked copies: staged-uploads.ts) that are not yet under the current key, one row at a time (an upload may be
 * megabytes). Counted as files, as they were when they lived in the data directory.
 */
export async function reencryptImportFiles(db: Executor, ring: DataKeyRing): Promise<{ rewritten: number }> {
  const renew = (cipher: Buffer) =>
    isCurrentBytes(cipher, ring) ? cipher : encryptBytes(decryptBytes(cipher, ring), ring);
  let rewritten = 0;
  for (const id of await listStagedUploadIds(db)) {
    const content = await findStagedUploadContent(db, id);
    const preview = (await findStagedUpload(db, id))?.preview ?? null;
    if (!content || (isCurrentBytes(content, ring) && (!preview || isCurrentBytes(preview, ring)))) continue;
    await rewriteStagedUpload(db, id, { content: renew(content), preview: preview && renew(preview) });
    rewritten += 1;
  }
  for (const batchId of await listRejectionFileBatchIds(db)) {
    const file = await findStoredRejectionFile(db, batchId);
    if (!file || (isCurrentBytes(file.content, ring) && isCurrentBytes(file.maskedContent, ring))) continue;
    await keepStoredRejectionFile(db, {
      ...file,
      content: renew(file.content),
      maskedContent: renew(file.maskedContent),
    });
    rewritten += 1;
  }
  return { rewritten };
}
