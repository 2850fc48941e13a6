import { AppError } from '../../domain/app-error.ts';
import {
  HASH_ALGORITHMS,
  SIGNATURE_ALGORITHMS,
  type HashAlgorithm,
  type SignatureAlgorithm,
} from '../crypto/crypto-suite.ts';
import { publicKeyFingerprint, verifySignedData } from '../crypto/signing-key.ts';
import type { AuditCheckpointTable } from '../../store/database.ts';
import type { Selectable } from 'kysely';
import { canonicalJson } from '../../domain/canonical-json.ts';

export const CHECKPOINT_FORMAT = 'xinping-audit-checkpoint/1';

/**
 * A signed statement "on madeOn, the audit chain's head was event seq with hash headHash". Published
 * on the public portal and exported as this JSON; `audit verify --expect-head FILE` then fails if the chain no longer
 * contains that head, which catches a chain rewritten or shortened even with every hash recomputed.
 */
export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  seq: number;
  headHash: string;
  /** The hash algorithm of the head event (sha256 for the genesis of an empty chain). */
  hashAlgorithm: HashAlgorithm;
  madeOn: string;
  madeAt: string;
  signatureAlgorithm: SignatureAlgorithm;
  /** Base64 DER signature over signedCheckpointText. */
  signature: string;
  publicKey: string;
  publicKeyFingerprint: string;
}

/** Exactly what is signed: the canonical JSON of the checkpoint's facts (sorted keys, no spaces). */
export function signedCheckpointText(
  checkpoint: Pick<AuditCheckpoint, 'seq' | 'headHash' | 'hashAlgorithm' | 'madeOn' | 'madeAt'>,
): string {
  const { seq, headHash, hashAlgorithm, madeOn, madeAt } = checkpoint;
  return canonicalJson({ format: CHECKPOINT_FORMAT, seq, headHash, hashAlgorithm, madeOn, madeAt });
}

export function checkpointFromRow(row: Selectable<AuditCheckpointTable>): AuditCheckpoint {
  return {
    format: CHECKPOINT_FORMAT,
    seq: row.seq,
    headHash: row.head_hash,
    hashAlgorithm: row.hash_algorithm as HashAlgorithm,
    madeOn: row.made_on,
    madeAt: new Date(row.made_at).toISOString(),
    signatureAlgorithm: row.signature_algorithm as SignatureAlgorithm,
    signature: row.signature,
    publicKey: row.public_key,
    publicKeyFingerprint: row.public_key_fingerprint,
  };
}

/**
 * Reads a checkpoint file (or text) and checks its signature with the public key it carries; `trustedFingerprint`,
 * when given (the key published on the portal), must name that key. A file that fails is refused, naming why.
 */
export function parseCheckpoint(text: string, trustedFingerprint?: string): AuditCheckpoint {
  let value: Partial<AuditCheckpoint>;
  try {
    value = JSON.parse(text) as Partial<AuditCheckpoint>;
  } catch {
    throw new AppError('INVALID_INPUT', '检查点文件不是有效的 JSON');
  }
  const isComplete =
    value.format === CHECKPOINT_FORMAT &&
    Number.isSafeInteger(value.seq) &&
    typeof value.headHash === 'string' &&
    HASH_ALGORITHMS.includes(value.hashAlgorithm as HashAlgorithm) &&
    typeof value.madeOn === 'string' &&
    typeof value.madeAt === 'string' &&
    SIGNATURE_ALGORITHMS.includes(value.signatureAlgorithm as SignatureAlgorithm) &&
    typeof value.signature === 'string' &&
    typeof value.publicKey === 'string';
  if (!isComplete)
    throw new AppError(
      'INVALID_INPUT',
      `检查点文件格式不符（应为 ${CHECKPOINT_FORMAT}，含序号、链头哈希、时间、签名与公钥）`,
    );
  const checkpoint = value as AuditCheckpoint;
  if (
    !verifySignedData(
      checkpoint.signatureAlgorithm,
      checkpoint.publicKey,
      signedCheckpointText(checkpoint),
      checkpoint.signature,
    )
  ) {
    throw new AppError(
      'INVALID_INPUT',
      `检查点（序号 ${checkpoint.seq},${checkpoint.madeOn}）的签名无效：文件被改动过，或不是本平台签发的`,
    );
  }
  const fingerprint = publicKeyFingerprint(checkpoint.signatureAlgorithm, checkpoint.publicKey);
  if (trustedFingerprint && fingerprint !== trustedFingerprint.toLowerCase()) {
    throw new AppError(
      'INVALID_INPUT',
      `检查点的签名公钥（指纹 ${fingerprint}）不是指定的平台公钥（指纹 ${trustedFingerprint}）`,
    );
  }
  return { ...checkpoint, publicKeyFingerprint: fingerprint };
}
