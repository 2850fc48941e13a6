import { createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import {
  createDataKeyRing,
  decryptField,
  encryptField,
  loadDataKeyRing,
  type DataKeyRing,
} from '../crypto/data-cipher.ts';

/**
 * Personal data (PIPL) in department files, e.g. 法定代表人证件号码 (DOMAIN.md §5): stored as a masked form that
 * anyone entitled to the record may see, plus a cipher only the owning department's views decrypt.
 */
export interface ProtectedValue {
  masked: string;
  cipher: string;
}

/**
 * The platform's secrets: the 32-byte secret key (XINPING_SECRET_KEY or secret.key) with its two subkeys, which sign
 * reports and decrypt the `v1:` AES-GCM ciphers written before the data key ring, and the data key ring (data-cipher.ts) that
 * encrypts personal data now (SM4 by default).
 */
export interface SecretKey {
  encryption: Buffer;
  nonce: Buffer;
  ring: DataKeyRing;
}

const LEGACY_CIPHER_VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CACHE_SIZE = 10_000;
const HAS_SURROGATE = /[\ud800-\udfff]/;
const caches = new WeakMap<SecretKey, Map<string, ProtectedValue>>();

/**
 * Wraps raw key bytes; the subkeys keep encryption and nonce derivation independent of each other. Without a ring
 * (tests), the data key is derived from the same bytes.
 */
export function createSecretKey(raw: Buffer, ring?: DataKeyRing): SecretKey {
  if (raw.length !== KEY_BYTES)
    throw new AppError('INVALID_INPUT', `个人信息加密密钥长度应为 32 字节（实际 ${raw.length} 字节）`);
  return {
    encryption: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'xinping personal encryption', KEY_BYTES)),
    nonce: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'xinping personal nonce', KEY_BYTES)),
    ring:
      ring ??
      createDataKeyRing({
        id: '0',
        raw: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'xinping data key', KEY_BYTES)),
      }),
  };
}

/** Hex (64 characters) or base64 (44 characters) text of a 32-byte key. */
export function parseSecretKey(text: string, ring?: DataKeyRing): SecretKey {
  const trimmed = text.trim();
  const raw = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  return createSecretKey(raw, ring);
}

/**
 * The key comes from XINPING_SECRET_KEY when set (servers keep it out of the data directory); otherwise from
 * `<dataDir>/secret.key`, generated once with mode 600. Losing that file makes stored ciphers unreadable, so it is
 * never regenerated over an existing one. The data key ring comes from XINPING_DATA_KEY or `<dataDir>/keys/`.
 */
export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): SecretKey {
  const ring = loadDataKeyRing(dataDir, env);
  const fromEnv = env.XINPING_SECRET_KEY;
  if (fromEnv) return parseSecretKey(fromEnv, ring);
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseSecretKey(fs.readFileSync(file, 'utf8'), ring);
}

/**
 * Keeps the first and last four characters and stars the rest (4207**********1234), so an official can tell two
 * identity numbers apart without reading them; values of eight characters or fewer keep only their ends.
 */
export function maskPersonalValue(value: string): string {
  // Counting UTF-16 units counts characters unless a character lies outside the BMP (a surrogate pair): only then
  // split into characters, so the common identity number costs no array.
  const characters: string | string[] = HAS_SURROGATE.test(value) ? [...value] : value;
  const length = characters.length;
  if (length <= 2) return '*'.repeat(length);
  const visible = length > 8 ? 4 : 1;
  const text = (part: string | string[]) => (typeof part === 'string' ? part : part.join(''));
  return (
    text(characters.slice(0, visible)) + '*'.repeat(length - 2 * visible) + text(characters.slice(length - visible))
  );
}

/**
 * Encrypts with the data key ring (data-cipher.ts encryptField: SM4 by default). The cipher is deterministic: the same
 * value under the same key always yields the same text, so re-importing the same file changes nothing (the record's
 * content hash covers its fields). The cost is that equal values have equal ciphers, which the masked form nearly
 * reveals anyway. After a key rotation new ciphers differ from old ones: compare values with matchesPersonal.
 */
export function protectPersonal(value: string, key: SecretKey): ProtectedValue {
  // The same person appears on many decisions of a file: reuse the result (it is deterministic anyway).
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  const cached = cache.get(value);
  if (cached) return cached;
  const result = { masked: maskPersonalValue(value), cipher: encryptField(value, key.ring) };
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(value, result);
  return result;
}

/** Decrypts a protected value, written now or before the data key ring (`v1:` AES-GCM); a wrong key or an altered cipher is refused. */
export function revealPersonal(value: ProtectedValue, key: SecretKey): string {
  const [version, payload] = value.cipher.split(':');
  if (version !== LEGACY_CIPHER_VERSION) return decryptField(value.cipher, key.ring);
  if (!payload) throw new AppError('INVALID_INPUT', '个人信息密文格式无法识别');
  const bytes = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key.encryption, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new AppError('FORBIDDEN', '个人信息无法解密：密钥不匹配或密文已被改动', { cause: error });
  }
}

/** Whether a stored cipher holds this value, whichever key or algorithm wrote it. */
export function matchesPersonal(cipher: string, value: string, key: SecretKey): boolean {
  if (cipher === protectPersonal(value, key).cipher) return true;
  try {
    return revealPersonal({ masked: '', cipher }, key) === value;
  } catch {
    return false;
  }
}
