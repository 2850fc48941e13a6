import { createHash } from 'node:crypto';
import { AppError } from '../../domain/app-error.ts';

/**
 * The algorithms the platform uses for integrity and signatures (GB/T 39786 level 3 商用密码):
 * 'sm' (default) hashes with SM3 and signs with SM2; 'international' (XINPING_CRYPTO_SUITE=international, for a
 * deployment that must use international algorithms) hashes with SHA-256 and signs with ECDSA P-256. The choice is
 * recorded with everything it produces (each audit event's hash_algorithm, each checkpoint's and report's signature
 * algorithm), so switching later leaves what was made before verifiable.
 */
export type CryptoSuite = 'sm' | 'international';
export type HashAlgorithm = 'sm3' | 'sha256';
export type SignatureAlgorithm = 'sm2-sm3' | 'ecdsa-p256-sha256';

export const HASH_ALGORITHMS: readonly HashAlgorithm[] = ['sm3', 'sha256'];
export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] = ['sm2-sm3', 'ecdsa-p256-sha256'];

export function readCryptoSuite(env: NodeJS.ProcessEnv = process.env): CryptoSuite {
  const value = env.XINPING_CRYPTO_SUITE?.trim() || 'sm';
  if (value !== 'sm' && value !== 'international') {
    throw new AppError(
      'INVALID_INPUT',
      `XINPING_CRYPTO_SUITE 应为 sm（国密 SM2/SM3）或 international(ECDSA P-256/SHA-256)，实际为“${value}”`,
    );
  }
  return value;
}

export function hashAlgorithmOf(suite: CryptoSuite): HashAlgorithm {
  return suite === 'sm' ? 'sm3' : 'sha256';
}

export function signatureAlgorithmOf(suite: CryptoSuite): SignatureAlgorithm {
  return suite === 'sm' ? 'sm2-sm3' : 'ecdsa-p256-sha256';
}

/** The hash that goes with a signature algorithm (SM3 with SM2, SHA-256 with ECDSA P-256). */
export function hashAlgorithmOfSignature(algorithm: SignatureAlgorithm): HashAlgorithm {
  return algorithm === 'sm2-sm3' ? 'sm3' : 'sha256';
}

/** Hex digest of `parts` joined by nothing, with the given algorithm (both are built into Node's OpenSSL). */
export function digestHex(algorithm: HashAlgorithm, ...parts: (string | Buffer)[]): string {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
