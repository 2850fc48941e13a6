import { createHash } from 'node:crypto';
import type { EngineRecord } from '../engine-input.ts';

/**
 * An active record for the engine's tests: every column empty unless given, decided on 2026-01-15 by the tax bureau,
 * with a sha256 content hash of its values (or the one given), as the store would send it.
 */
export function engineRecord(id: number, fields: Partial<EngineRecord> & Pick<EngineRecord, 'kind'>): EngineRecord {
  const values = {
    id,
    version: 1,
    status: 'active',
    occurredOn: '2026-01-15',
    endsOn: null,
    level: null,
    subtype: null,
    grade: null,
    amount: null,
    quantity: null,
    departmentCode: 'tax',
    reportedStatus: null,
    ...fields,
  };
  return {
    ...values,
    contentHash: fields.contentHash ?? createHash('sha256').update(JSON.stringify(values)).digest('hex'),
  };
}
