import type { Kysely } from 'kysely';
import { findFirstRecordDrift, readAuditEventsAfter, readAuditHead } from '../../store/audit.repository.ts';
import type { Database } from '../../store/database.ts';
import { digestBatchVersions, listCoverableUnbatchedVersions } from '../../store/record.repository.ts';
import type { HashAlgorithm } from '../crypto/crypto-suite.ts';
import { digestRecordVersions, GENESIS_HASH, hashAuditEvent } from './append-audit-event.ts';

/**
 * altered: an event's content no longer matches its hash, or the head disagrees with the last event;
 * removed: events are missing (a gap in seq, or the trail ends before the head);
 * broken-link: an event does not point at the hash of the event before it (that one was rewritten and re-hashed);
 * records-altered: the record versions an import batch wrote (or another event lists) no longer match the digest kept
 *   in its event, a record version outside a batch is listed by no event, or a record's current state no longer
 *   matches its latest version;
 * head-missing: the chain no longer contains a head handed out earlier (a published checkpoint): it was rewritten or
 *   shortened, even if every hash in it was recomputed.
 */
export type AuditProblemKind = 'altered' | 'removed' | 'broken-link' | 'records-altered' | 'head-missing';

export interface AuditProblem {
  /** The event at fault; for 'removed', the first missing seq. */
  seq: number;
  kind: AuditProblemKind;
  /** For 'records-altered': the import batch whose versions changed. */
  batchId?: number;
  /** What is wrong, in Chinese, for officials. */
  reason: string;
}

export interface AuditVerification {
  ok: boolean;
  eventsChecked: number;
  /** The chain head as stored; its hash can be noted down outside the platform to anchor the trail. */
  head: { seq: number; hash: string } | null;
  problem?: AuditProblem;
}

/** A head the chain must still contain: from a published checkpoint, or noted down by an operator. */
export interface ExpectedHead {
  seq: number;
  hash: string;
}

export interface VerifyOptions {
  /** Heads handed out earlier (checkpoints): the event at each seq must still have that hash. */
  expectHeads?: ExpectedHead[];
  /** Events read per query; memory stays bounded by this, whatever the length of the trail. */
  pageSize?: number;
  /** Called after each page: events checked so far and the events the head says there are. */
  onProgress?: (progress: { checked: number; total: number }) => void;
}

/**
 * Walks the whole audit trail in seq order and reports the first place where it was tampered with: each hash is
 * recomputed, each link checked, seq must be dense, the head must name the last event, every committed import
 * batch's record versions must still hash to the digest its event recorded, and every record must still say what
 * its latest version says.
 */
export async function verifyAuditChain(db: Kysely<Database>, options: VerifyOptions = {}): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 1000;
  const head = (await readAuditHead(db)) ?? null;
  let checked = 0;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  const fail = (problem: AuditProblem): AuditVerification => ({ ok: false, eventsChecked: checked, head, problem });
  const expected = new Map((options.expectHeads ?? []).map((item) => [item.seq, item.hash.toLowerCase()]));
  const listedVersions = new Set<string>();

  for (;;) {
    const page = await readAuditEventsAfter(db, lastSeq, pageSize);
    for (const row of page) {
      if (row.seq !== lastSeq + 1) {
        return fail({
          seq: lastSeq + 1,
          kind: 'removed',
          reason: `序号 ${row.seq} 之前有事件被删除（缺少${describeRange(lastSeq + 1, row.seq - 1)}）`,
        });
      }
      checked += 1;
      const occurredAt = new Date(row.occurred_at).toISOString();
      const event = {
        seq: row.seq,
        occurredAt,
        actor: row.actor,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        payload: row.payload as Record<string, unknown>,
      };
      const algorithm = row.hash_algorithm as HashAlgorithm;
      if (hashAuditEvent(row.prev_hash, event, algorithm) !== row.hash) {
        return fail({ seq: row.seq, kind: 'altered', reason: `序号 ${row.seq} 的事件被篡改（内容与其哈希不符）` });
      }
      if (row.prev_hash !== lastHash) {
        return fail({
          seq: row.seq,
          kind: 'broken-link',
          reason: `序号 ${row.seq} 的事件与前一事件的链接断开（序号 ${row.seq - 1} 的事件可能被改写后重新计算了哈希）`,
        });
      }
      if (row.action === 'import.committed') {
        const batchId = Number(row.subject_id);
        const recorded = (event.payload as { versionsDigest?: unknown }).versionsDigest;
        if (recorded !== (await digestBatchVersions(db, batchId))) {
          return fail({
            seq: row.seq,
            kind: 'records-altered',
            batchId,
            reason: `批次 ${batchId} 的记录被改动（序号 ${row.seq} 的入库事件所记摘要与现存记录版本不符）`,
          });
        }
      }
      const versions = (event.payload as { recordVersions?: [number, number][] }).recordVersions;
      if (versions) {
        if (
          (event.payload as { recordVersionsDigest?: unknown }).recordVersionsDigest !==
          (await digestRecordVersions(db, algorithm, versions))
        ) {
          return fail({
            seq: row.seq,
            kind: 'records-altered',
            reason: `序号 ${row.seq} 的事件所记录的信用记录版本被改动（摘要与现存记录版本不符）`,
          });
        }
        for (const [recordId, version] of versions) listedVersions.add(`${recordId}:${version}`);
      }
      const expectedHash = expected.get(row.seq);
      if (expectedHash !== undefined && expectedHash !== row.hash) {
        return fail({
          seq: row.seq,
          kind: 'head-missing',
          reason: `审计链已不包含检查点所记的链头（序号 ${row.seq} 的哈希应为 ${expectedHash}，现为 ${row.hash}）：审计链被改写过`,
        });
      }
      lastSeq = row.seq;
      lastHash = row.hash;
    }
    options.onProgress?.({ checked, total: Math.max(head?.seq ?? 0, checked) });
    if (page.length < pageSize) break;
  }

  // A chain cut at its end is still a valid chain: only the head shows that events are missing there.
  if (!head) {
    return fail({ seq: lastSeq, kind: 'altered', reason: '审计链头记录缺失，无法确认末尾事件是否被删除' });
  }
  if (head.seq > lastSeq) {
    return fail({
      seq: lastSeq + 1,
      kind: 'removed',
      reason: `末尾有事件被删除（链头记录的最新序号为 ${head.seq}，现存最后一条为 ${lastSeq}，缺少${describeRange(lastSeq + 1, head.seq)}）`,
    });
  }
  if (head.seq < lastSeq) {
    return fail({
      seq: head.seq + 1,
      kind: 'altered',
      reason: `序号 ${head.seq + 1} 起的事件未经平台写入（链头记录的最新序号为 ${head.seq}）`,
    });
  }
  if (head.hash !== lastHash) {
    return fail({ seq: lastSeq, kind: 'altered', reason: `序号 ${lastSeq} 的事件被篡改（与链头记录的哈希不符）` });
  }
  const beyond = [...expected.keys()].filter((seq) => seq > lastSeq || seq < 0).sort((a, b) => a - b)[0];
  if (beyond !== undefined) {
    return fail({
      seq: beyond,
      kind: 'head-missing',
      reason: `审计链已不包含检查点所记的链头（序号 ${beyond}），现存最后一条为序号 ${lastSeq}：审计链被截短或改写过`,
    });
  }
  for (const [recordId, version] of await listCoverableUnbatchedVersions(db)) {
    if (!listedVersions.has(`${recordId}:${version}`)) {
      return fail({
        seq: 0,
        kind: 'records-altered',
        reason: `记录 #${recordId} 的第 ${version} 版没有任何审计事件记载（未经平台写入）`,
      });
    }
  }
  const drift = await findRecordDrift(db);
  if (drift) return fail(drift);
  return { ok: true, eventsChecked: checked, head };
}

/**
 * The current state of a record (what evaluation reads) must be exactly its latest version in the append-only
 * history. `records` itself is updated in place and has no trigger, so an edit there is caught here.
 */
async function findRecordDrift(db: Kysely<Database>): Promise<AuditProblem | undefined> {
  const row = await findFirstRecordDrift(db);
  if (!row) return undefined;
  const reason = `记录 #${row.id} 的当前内容与其第 ${row.version} 版历史不符（当前记录被直接改动）`;
  return row.batch_id === null
    ? { seq: 0, kind: 'records-altered', reason }
    : {
        seq: row.seq ?? 0,
        kind: 'records-altered',
        batchId: row.batch_id,
        reason: `批次 ${row.batch_id} 的记录被改动：${reason}`,
      };
}

function describeRange(from: number, to: number): string {
  return from === to ? `序号 ${from}` : `序号 ${from}–${to}`;
}
