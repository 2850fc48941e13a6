import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import type { DataKeyRing } from '../crypto/data-cipher.ts';
import { attachmentNotFound, openAttachment, type AttachmentDownload } from '../workflows/open-attachment.ts';
import { assertRequestVisible, findRequestRow } from './find-request.ts';
import type { RequestViewer } from './request-actor.ts';

/**
 * An attachment of a case, for those who may see the case (the handling department included, which the general
 * attachment download does not serve): the file must be one the case names and the filing enterprise uploaded.
 */
export async function openRequestAttachment(
  db: Kysely<Database>,
  dataDir: string,
  ring: DataKeyRing,
  input: { id: number; sha256: string; viewer: RequestViewer },
): Promise<AttachmentDownload> {
  const row = await findRequestRow(db, input.id);
  assertRequestVisible(row, input.viewer);
  if (!row.attachments.includes(input.sha256) || row.enterprise_id === null) throw attachmentNotFound(input.sha256);
  return openAttachment(db, dataDir, ring, input.sha256, { enterpriseId: row.enterprise_id });
}
