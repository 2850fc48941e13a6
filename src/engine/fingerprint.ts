import { createHash } from 'node:crypto';
import type { PublicityResolver } from '../domain/publicity.ts';
import type { CompiledModel } from './compile-model.ts';
import { INPUT_ENTRY_BYTES, type RecordBatch } from './record-batch.ts';

/**
 * The fingerprint of an evaluation's inputs, so a stored grade can be reproduced and checked exactly
 * (same fingerprint ⇒ same inputs ⇒ same result, the engine being deterministic). It is the sha256 of:
 *   1. the UTF-8 text
 *        xinping-evaluation/3\n
 *        model=<model id>/<version>#<model digest>\n
 *        rules=<publicity rules digest>\n
 *        as_of=<YYYY-MM-DD>\n
 *        enterprise=<uscc>|<registered on>|<status>|<industry code>|<tiers, sorted, comma-separated>\n
 *        records=<count>\n
 *   2. then, for every input record in ascending id order, 44 bytes: the id (unsigned 64-bit big-endian), the version
 *      (unsigned 32-bit big-endian) and the 32 bytes of its sha256 content hash (records.content_hash).
 * The record entries are written once per record when the batch is built (RecordBatch.inputEntries), so
 * fingerprinting an enterprise hashes one contiguous slice. The format is versioned by its first line.
 *
 * The publicity rules (catalog/publicity-rules.yaml with the shared parameters of catalog/penalty-levels.yaml they
 * read) decide whether a negative record still counts on the as-of date, so they are an input too: the `rules=` line
 * is the sha256 of the parsed rules (publicityRulesDigest). They stay out of the model digest, which is frozen once a
 * version is published (model-management); a changed rule changes the fingerprint, not the model version.
 */
export const FINGERPRINT_FORMAT = 'xinping-evaluation/3';

const rulesDigests = new WeakMap<PublicityResolver, string>();

/** JSON with object keys sorted, so the digest does not depend on the order a file lists them in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, item]) => item !== undefined && typeof item !== 'function',
    );
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The sha256 of the publicity rules a resolver applies (computed once per resolver). */
export function publicityRulesDigest(publicity: PublicityResolver): string {
  let digest = rulesDigests.get(publicity);
  if (!digest) {
    digest = createHash('sha256').update(canonicalJson(publicity.rules)).digest('hex');
    rulesDigests.set(publicity, digest);
  }
  return digest;
}

let scratch = Buffer.alloc(64 * INPUT_ENTRY_BYTES);
let prefixModel: unknown = null;
let prefixPublicity: unknown = null;
let prefixAsOf = '';
let prefix = '';

export function fingerprintEnterprise(
  compiled: Pick<CompiledModel, 'model' | 'publicity'>,
  asOf: string,
  batch: RecordBatch,
  e: number,
): string {
  const model = compiled.model;
  const enterprise = batch.enterprises[e];
  const start = batch.enterpriseStart[e];
  const end = batch.enterpriseStart[e + 1];
  if (model !== prefixModel || compiled.publicity !== prefixPublicity || asOf !== prefixAsOf) {
    prefixModel = model;
    prefixPublicity = compiled.publicity;
    prefixAsOf = asOf;
    prefix = `${FINGERPRINT_FORMAT}\nmodel=${model.id}/${model.version}#${model.digest}\nrules=${publicityRulesDigest(compiled.publicity)}\nas_of=${asOf}\n`;
  }
  const tiers = enterprise.tiers.length > 1 ? [...enterprise.tiers].sort().join(',') : enterprise.tiers.join(',');
  const header = `${prefix}enterprise=${enterprise.uscc}|${enterprise.registeredOn ?? ''}|${enterprise.status ?? ''}|${enterprise.industryCode ?? ''}|${tiers}\nrecords=${end - start}\n`;
  const hash = createHash('sha256').update(header);

  let sorted = true;
  for (let r = start + 1; r < end && sorted; r += 1) sorted = batch.id[r] > batch.id[r - 1];
  if (sorted)
    return hash.update(batch.inputEntries.subarray(start * INPUT_ENTRY_BYTES, end * INPUT_ENTRY_BYTES)).digest('hex');

  // Records not in id order (the store normally sends them sorted): hash their entries in id order.
  const order: number[] = [];
  for (let r = start; r < end; r += 1) order.push(r);
  order.sort((a, b) => batch.id[a] - batch.id[b]);
  const bytes = order.length * INPUT_ENTRY_BYTES;
  if (scratch.length < bytes) scratch = Buffer.alloc(bytes * 2);
  order.forEach((r, index) =>
    batch.inputEntries.copy(scratch, index * INPUT_ENTRY_BYTES, r * INPUT_ENTRY_BYTES, (r + 1) * INPUT_ENTRY_BYTES),
  );
  return hash.update(scratch.subarray(0, bytes)).digest('hex');
}
