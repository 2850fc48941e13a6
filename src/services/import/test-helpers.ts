import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Test support for the importer's tests (not used by the platform): a fingerprint of everything an import can touch,
 * to prove that a refused or interrupted batch left the store exactly as it was.
 */
export interface StoreSnapshot {
  counts: Record<string, number>;
  digest: Record<string, string>;
}

const TABLES: Record<string, string> = {
  enterprises: `select coalesce(string_agg(id || ':' || uscc || ':' || name, ',' order by id), '') as digest, count(*)::int as count from enterprises`,
  records: `select coalesce(string_agg(id || ':' || version || ':' || content_hash || ':' || coalesce(batch_id::text, ''), ',' order by id), '') as digest, count(*)::int as count from records`,
  record_versions: `select coalesce(string_agg(record_id || ':' || version || ':' || content_hash, ',' order by record_id, version), '') as digest, count(*)::int as count from record_versions`,
  import_batches: `select coalesce(string_agg(id || ':' || status || ':' || file_hash, ',' order by id), '') as digest, count(*)::int as count from import_batches`,
  audit_events: `select coalesce(string_agg(seq || ':' || hash, ',' order by seq), '') as digest, count(*)::int as count from audit_events`,
};

export async function snapshotStore(db: Kysely<Database>): Promise<StoreSnapshot> {
  const counts: Record<string, number> = {};
  const digest: Record<string, string> = {};
  for (const [table, query] of Object.entries(TABLES)) {
    const result = await sql<{ digest: string; count: number }>`${sql.raw(query)}`.execute(db);
    counts[table] = Number(result.rows[0].count);
    digest[table] = result.rows[0].digest;
  }
  return { counts, digest };
}
