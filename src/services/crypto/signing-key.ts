import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import {
  digestHex,
  hashAlgorithmOfSignature,
  readCryptoSuite,
  signatureAlgorithmOf,
  type SignatureAlgorithm,
} from './crypto-suite.ts';

/** The platform's signing key pair: signs audit checkpoints and reports; its public key is published. */
export interface SigningKey {
  algorithm: SignatureAlgorithm;
  privateKey: KeyObject;
  publicKeyPem: string;
  /** Digest (SM3 or SHA-256, by the suite) of the public key's DER, hex: names the key in what it signed. */
  fingerprint: string;
}

const KEY_FILES: Record<SignatureAlgorithm, string> = {
  'sm2-sm3': 'sm2-signing.pem',
  'ecdsa-p256-sha256': 'ecdsa-p256-signing.pem',
};
const CURVES: Record<SignatureAlgorithm, string> = { 'sm2-sm3': 'SM2', 'ecdsa-p256-sha256': 'prime256v1' };

/**
 * Loads the signing key from XINPING_SIGNING_KEY_FILE, or `<dataDir>/keys/sm2-signing.pem` (ecdsa-p256-signing.pem
 * under the international suite), generating it once, owner-only (0600), when absent. An existing file is never
 * overwritten: what it signed is verified with its public key.
 *
 * Why the PEM round trip: Node 20 on OpenSSL 3.0 generates an SM2-curve key as a plain EC key, which signs ECDSA;
 * the same key read back from PEM is an SM2 key, and `crypto.sign(null, …)` then makes a GB/T 32918.2 SM2 signature
 * with SM3. Node cannot set the SM2 distinguishing ID, so Z_A is computed over an empty ID (ENTL = 0), the same as
 * `openssl dgst -sm3 -verify` does without `-sigopt distid:` (sm2-signature.test.ts checks this independently).
 */
export function loadSigningKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): SigningKey {
  const algorithm = signatureAlgorithmOf(readCryptoSuite(env));
  const file = env.XINPING_SIGNING_KEY_FILE || path.join(dataDir, 'keys', KEY_FILES[algorithm]);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: CURVES[algorithm] });
    try {
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const privateKey = createPrivateKey(fs.readFileSync(file));
  // Node names SM2 keys by no type at all; a key Node calls 'ec' here would sign ECDSA, not SM2.
  const isSm2 = privateKey.asymmetricKeyType === undefined;
  if ((algorithm === 'sm2-sm3') !== isSm2 || (!isSm2 && privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1')) {
    throw new AppError(
      'INVALID_INPUT',
      `签名密钥文件 ${path.basename(file)} 不是${algorithm === 'sm2-sm3' ? ' SM2' : ' ECDSA P-256'} 私钥，与所选密码算法（XINPING_CRYPTO_SUITE）不符`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { algorithm, privateKey, publicKeyPem, fingerprint: publicKeyFingerprint(algorithm, publicKeyPem) };
}

/** The digest of the public key's DER, with the hash of the signature's suite. */
export function publicKeyFingerprint(algorithm: SignatureAlgorithm, publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return digestHex(hashAlgorithmOfSignature(algorithm), der);
}

/** Signs `data`: SM2 with SM3 (default ID handling above), or ECDSA P-256 with SHA-256. Base64 of the DER signature. */
export function signData(key: SigningKey, data: string | Buffer): string {
  const digest = key.algorithm === 'sm2-sm3' ? null : 'sha256';
  return sign(digest, Buffer.from(data), key.privateKey).toString('base64');
}

/** Checks a signature made by signData with only the public key: no database, no platform secret. */
export function verifySignedData(
  algorithm: SignatureAlgorithm,
  publicKeyPem: string,
  data: string | Buffer,
  signature: string,
): boolean {
  try {
    const publicKey = createPublicKey(publicKeyPem);
    const isSm2 = publicKey.asymmetricKeyType === undefined;
    if ((algorithm === 'sm2-sm3') !== isSm2) return false;
    return verify(
      algorithm === 'sm2-sm3' ? null : 'sha256',
      Buffer.from(data),
      publicKey,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
