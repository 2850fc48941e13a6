import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { openAttachment, type AttachmentDownload } from '../workflows/open-attachment.ts';
import { assertRequestVisible, findRequestRow } from './find-request.ts';
import type { RequestViewer } from './request-actor.ts';

/**
 * An attachment of a case, for those who may see the case (the handling department included, which the general
 * attachment download does not serve): the file must be one the case names.
 */
export async function openRequestAttachment(db: Kysely<Database>, dataDir: string, input: { id: number; sha256: string; viewer: RequestViewer; actor: string }): Promise<AttachmentDownload> {
  const row = await findRequestRow(db, input.id);
  assertRequestVisible(row, input.viewer);
  if (!row.attachments.includes(input.sha256)) throw new AppError('NOT_FOUND', `诉求 ${input.id} 没有附件 ${input.sha256}`);
  return openAttachment(db, dataDir, input.sha256, { actor: input.actor });
}
