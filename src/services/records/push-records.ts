import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { resolveKind } from '../import/map-headers.ts';
import { describeKinds } from './push-scope.ts';
import { importFile, type ImportMode, type ImportResult } from '../import/import-file.ts';
import type { SecretKey } from '../import/protect-personal.ts';

export interface PushRecordsInput {
  departmentCode: string;
  /** Record kind code or Chinese label. */
  kind: string;
  mode: ImportMode;
  /** One object per record, keyed by the same Chinese headers as a department file (see /api/catalog/kinds). */
  records: Array<Record<string, unknown>>;
  operator: string;
  secretKey: SecretKey;
  /** A token scoped to some kinds: the only kinds it may push (kind codes). */
  recordKinds?: readonly string[];
  /** How many row errors the result lists (default: the importer's). */
  maxListedErrors?: number;
  onRecordAccepted?: (record: NormalizedRecord) => void;
}

/** The name pushed batches carry in import_batches.file_name, so provenance shows they came over the API. */
export const PUSHED_FILE_NAME = 'api-push.json';

/**
 * Records a department's system pushes as JSON go through exactly the file importer: the same row
 * validation, duplicate check, idempotency (a re-sent batch changes nothing) and provenance. The importer reads
 * files, so the batch is written to a private temporary file (mode 600 in a fresh 700 directory, removed at once:
 * it holds personal data in clear) and imported from there. Rejected records are listed in the result; a
 * rejection file, if the importer writes one, lands in the same directory and goes with it.
 */
export async function pushRecords(
  db: Kysely<Database>,
  input: PushRecordsInput,
): Promise<Omit<ImportResult, 'rejectionFile'>> {
  if (input.recordKinds) {
    const kind = resolveKind(loadCatalog(), input.kind);
    if (!input.recordKinds.includes(kind.code))
      throw new AppError('FORBIDDEN', `此令牌只能报送${describeKinds(input.recordKinds)}，不能报送“${kind.label}”`);
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-push-'));
  try {
    const file = path.join(directory, PUSHED_FILE_NAME);
    fs.writeFileSync(file, JSON.stringify(input.records), { mode: 0o600 });
    const { rejectionFile: _none, ...result } = await importFile(db, {
      file,
      department: input.departmentCode,
      kind: input.kind,
      mode: input.mode,
      operator: input.operator,
      secretKey: input.secretKey,
      maxListedErrors: input.maxListedErrors,
      onRecordAccepted: input.onRecordAccepted,
    });
    return result;
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
