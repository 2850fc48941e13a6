import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { listCurrentGrades } from '../../store/evaluation.repository.ts';
import { writeBackdatedRecord } from '../../store/record.repository.ts';
import { commitBatch, type BatchResult } from '../records/commit-batch.ts';
import { DEFAULT_MODEL_DIR } from './ensure-published-model.ts';

/**
 * Test support for the evaluation tests (not used by the platform): records as a department would send them, a
 * record history with chosen recording times, and editable copies of model v1.
 */

export const TEST_USCC = '91420703MA4F1B2C3D';

export function penaltyRecord(overrides: Partial<NormalizedRecord> = {}): NormalizedRecord {
  return {
    sourceRow: 2,
    subjectUscc: TEST_USCC,
    subjectName: '鄂州华容测试科技有限公司',
    kind: 'administrative_penalty',
    naturalKey: '华市监罚〔2026〕12号|11420703MB1234567X',
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: '2026-03-01',
    endsOn: null,
    level: '严重',
    subtype: '罚款',
    grade: null,
    amount: 50,
    quantity: null,
    fields: { fine_amount: 50 },
    ...overrides,
  };
}

export function taxRatingRecord(overrides: Partial<NormalizedRecord> = {}): NormalizedRecord {
  return {
    sourceRow: 2,
    subjectUscc: TEST_USCC,
    subjectName: '鄂州华容测试科技有限公司',
    kind: 'tax_credit_rating',
    naturalKey: `${overrides.subjectUscc ?? TEST_USCC}|2025`,
    departmentCode: 'tax',
    status: 'active',
    occurredOn: '2026-04-20',
    endsOn: null,
    level: null,
    subtype: null,
    grade: 'A',
    amount: null,
    quantity: null,
    fields: {},
    ...overrides,
  };
}

/** A valid invention patent of `uscc` granted on 2024-05-01, numbered `number` (the whitelist and financing counts). */
export function inventionPatentRecord(uscc: string, number: string): NormalizedRecord {
  return {
    sourceRow: 2,
    subjectUscc: uscc,
    subjectName: '企业',
    kind: 'patent',
    naturalKey: number,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: '2024-05-01',
    endsOn: null,
    level: null,
    subtype: '发明',
    grade: null,
    amount: null,
    quantity: null,
    fields: {
      subject_uscc: uscc,
      patent_number: number,
      patent_name: '一种光电检测装置',
      patent_type: '发明',
      granted_on: '2024-05-01',
      legal_status: '有效',
    },
  };
}

/** Sends records as one committed batch (the same path as an import). */
export async function sendRecords(db: Kysely<Database>, records: NormalizedRecord[]): Promise<BatchResult> {
  const first = records[0];
  return commitBatch(
    db,
    {
      departmentCode: first.departmentCode,
      kind: first.kind,
      fileName: 'test.xlsx',
      fileHash: 'test',
      format: 'xlsx',
      mode: 'all-or-nothing',
      operator: '测试员',
    },
    [records],
    () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
  );
}

/**
 * Writes a record whose versions were recorded at the given instants (the platform itself always records "now"),
 * so evaluations as of earlier dates can be tested. The last version is the record's current state.
 */
export async function insertRecordHistory(
  db: Kysely<Database>,
  versions: Array<{ recordedAt: string; record: NormalizedRecord }>,
): Promise<number> {
  return db.transaction().execute((trx) => writeBackdatedRecord(trx, versions));
}

const modelCopies: string[] = [];

/** A copy of model v1 in a temporary directory, with text replaced in its files ({ 'model.yaml': [[from, to]] }). */
export function copyModelV1(edits: Record<string, Array<[string, string]>> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-model-'));
  modelCopies.push(dir);
  fs.cpSync(DEFAULT_MODEL_DIR, dir, { recursive: true });
  editModelFiles(dir, edits);
  return dir;
}

/** Removes the copies made by copyModelV1. */
export function removeModelCopies(): void {
  for (const dir of modelCopies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function editModelFiles(dir: string, edits: Record<string, Array<[string, string]>>): void {
  for (const [file, replacements] of Object.entries(edits)) {
    let text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const [from, to] of replacements) {
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** The current grade and score of every enterprise, by USCC. */
export async function currentGrades(db: Kysely<Database>): Promise<Map<string, { grade: string; score: number }>> {
  const rows = await listCurrentGrades(db);
  return new Map(rows.map((row) => [row.uscc, { grade: row.grade, score: Number(row.score) }]));
}
