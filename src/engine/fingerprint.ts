import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { PublicityResolver } from '../domain/publicity.ts';
import type { CompiledModel } from './compile-model.ts';
import { INPUT_ENTRY_BYTES, type RecordBatch } from './record-batch.ts';

/**
 * The fingerprint of an evaluation's inputs, so a stored grade can be reproduced and checked exactly
 * (same fingerprint ⇒ same inputs ⇒ same result, the engine being deterministic). It is the sha256 of:
 *   1. the UTF-8 text
 *        xinping-evaluation/4\n
 *        model=<model id>/<version>#<model digest>\n
 *        rules=<publicity rules digest>\n
 *        catalog=<catalog inputs digest>\n
 *        as_of=<YYYY-MM-DD>\n
 *        enterprise=<uscc>|<registered on>|<status>|<industry code>|<tiers, sorted, comma-separated>\n
 *        records=<count>\n
 *   2. then, for every input record in ascending id order, 44 bytes: the id (unsigned 64-bit big-endian), the version
 *      (unsigned 32-bit big-endian) and the 32 bytes of its sha256 content hash (records.content_hash).
 * The record entries are written once per record when the batch is built (RecordBatch.inputEntries), so
 * fingerprinting an enterprise hashes one contiguous slice. The format is versioned by its first line.
 *
 * Everything the evaluation reads from catalog/ is an input, kept out of the model digest (frozen once a version is
 * published, model-management): a changed catalog value changes the fingerprint, not the model version.
 * - `rules=`: the publicity rules (catalog/publicity-rules.yaml with the shared parameters of
 *   catalog/penalty-levels.yaml they read), which decide whether a negative record still counts on the as-of date.
 * - `catalog=`: the rest the evaluation reads from catalog/, i.e. CompiledModel.reportedStatusKeys (catalog/record-kinds.yaml:
 *   which field holds a kind's reported status). Other catalog data (polarity, the severity table of penalty-levels.yaml,
 *   department names, tier labels …) acts when a record or enterprise is written, and reaches the evaluation through the
 *   record's content hash or the enterprise line; changing it alone does not change a result, nor the fingerprint.
 *
 * Older formats stay verifiable (explain-evaluation.ts recomputes a stored fingerprint in each): format 3 had no
 * `catalog=` line, format 2 no `rules=` line either.
 */
export const FINGERPRINT_FORMAT = 'xinping-evaluation/4';

/** Every format a stored fingerprint may be in, newest first. */
export const FINGERPRINT_FORMATS = [FINGERPRINT_FORMAT, 'xinping-evaluation/3', 'xinping-evaluation/2'] as const;

export type FingerprintFormat = (typeof FINGERPRINT_FORMATS)[number];

const rulesDigests = new WeakMap<PublicityResolver, string>();
const catalogDigests = new WeakMap<Map<string, string>, string>();

/** The sha256 of the publicity rules a resolver applies (computed once per resolver). */
export function publicityRulesDigest(publicity: PublicityResolver): string {
  let digest = rulesDigests.get(publicity);
  if (!digest) {
    digest = createHash('sha256').update(canonicalJson(publicity.rules)).digest('hex');
    rulesDigests.set(publicity, digest);
  }
  return digest;
}

/** The sha256 of the catalog data the evaluation reads besides the publicity rules (computed once per compiled model). */
export function catalogInputsDigest(compiled: Pick<CompiledModel, 'reportedStatusKeys'>): string {
  const keys = compiled.reportedStatusKeys;
  let digest = catalogDigests.get(keys);
  if (!digest) {
    digest = createHash('sha256')
      .update(canonicalJson({ reported_status_keys: Object.fromEntries(keys) }))
      .digest('hex');
    catalogDigests.set(keys, digest);
  }
  return digest;
}

function prefixOf(
  compiled: Pick<CompiledModel, 'model' | 'publicity' | 'reportedStatusKeys'>,
  asOf: string,
  format: FingerprintFormat,
): string {
  const model = compiled.model;
  const lines = [format, `model=${model.id}/${model.version}#${model.digest}`];
  if (format !== 'xinping-evaluation/2') lines.push(`rules=${publicityRulesDigest(compiled.publicity)}`);
  if (format === FINGERPRINT_FORMAT) lines.push(`catalog=${catalogInputsDigest(compiled)}`);
  lines.push(`as_of=${asOf}`, '');
  return lines.join('\n');
}

let scratch = Buffer.alloc(64 * INPUT_ENTRY_BYTES);
let prefixCompiled: unknown = null;
let prefixAsOf = '';
let prefixFormat = '';
let prefix = '';

export function fingerprintEnterprise(
  compiled: Pick<CompiledModel, 'model' | 'publicity' | 'reportedStatusKeys'>,
  asOf: string,
  batch: RecordBatch,
  e: number,
  format: FingerprintFormat = FINGERPRINT_FORMAT,
): string {
  const enterprise = batch.enterprises[e];
  const start = batch.enterpriseStart[e];
  const end = batch.enterpriseStart[e + 1];
  if (compiled !== prefixCompiled || asOf !== prefixAsOf || format !== prefixFormat) {
    prefixCompiled = compiled;
    prefixAsOf = asOf;
    prefixFormat = format;
    prefix = prefixOf(compiled, asOf, format);
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

/**
 * The format in which `stored` is the fingerprint of enterprise e's inputs, or null when it is in none (the inputs
 * differ): how a stored evaluation is checked whatever format it was fingerprinted in.
 */
export function fingerprintFormatOf(
  stored: string,
  compiled: Pick<CompiledModel, 'model' | 'publicity' | 'reportedStatusKeys'>,
  asOf: string,
  batch: RecordBatch,
  e: number,
): FingerprintFormat | null {
  return (
    FINGERPRINT_FORMATS.find((format) => fingerprintEnterprise(compiled, asOf, batch, e, format) === stored) ?? null
  );
}
