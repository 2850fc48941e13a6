import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';

/**
 * Personal data (PIPL) in department files, e.g. 法定代表人证件号码 (DOMAIN.md §5): stored as a masked form that
 * anyone entitled to the record may see, plus a cipher only the owning department's views decrypt.
 */
export interface ProtectedValue {
  masked: string;
  cipher: string;
}

/** A 32-byte AES-256 key with the two subkeys derived from it. */
export interface SecretKey {
  encryption: Buffer;
  nonce: Buffer;
}

const CIPHER_VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const CACHE_SIZE = 10_000;
const caches = new WeakMap<SecretKey, Map<string, ProtectedValue>>();

/** Wraps raw key bytes; the subkeys keep encryption and nonce derivation independent of each other. */
export function createSecretKey(raw: Buffer): SecretKey {
  if (raw.length !== KEY_BYTES) throw new AppError('INVALID_INPUT', `个人信息加密密钥长度应为 32 字节(实际 ${raw.length} 字节)`);
  return {
    encryption: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'xinping personal encryption', KEY_BYTES)),
    nonce: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'xinping personal nonce', KEY_BYTES)),
  };
}

/** Hex (64 characters) or base64 (44 characters) text of a 32-byte key. */
export function parseSecretKey(text: string): SecretKey {
  const trimmed = text.trim();
  const raw = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  return createSecretKey(raw);
}

/**
 * The key comes from XINPING_SECRET_KEY when set (servers keep it out of the data directory); otherwise from
 * `<dataDir>/secret.key`, generated once with mode 600. Losing that file makes stored ciphers unreadable, so it is
 * never regenerated over an existing one.
 */
export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): SecretKey {
  const fromEnv = env.XINPING_SECRET_KEY;
  if (fromEnv) return parseSecretKey(fromEnv);
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return parseSecretKey(fs.readFileSync(file, 'utf8'));
}

/**
 * Keeps the first and last four characters and stars the rest (4207**********1234), so an official can tell two
 * identity numbers apart without reading them; values of eight characters or fewer keep only their ends.
 */
export function maskPersonalValue(value: string): string {
  const characters = [...value];
  const length = characters.length;
  if (length <= 2) return '*'.repeat(length);
  const visible = length > 8 ? 4 : 1;
  return characters.slice(0, visible).join('') + '*'.repeat(length - 2 * visible) + characters.slice(length - visible).join('');
}

/**
 * Encrypts with AES-256-GCM. The nonce is derived from the value (HMAC under its own subkey) rather than random, so
 * the same value always yields the same cipher: re-importing the same file must change nothing (the record's
 * content hash covers its fields). The cost is that equal values have equal ciphers, which the masked form nearly
 * reveals anyway.
 */
export function protectPersonal(value: string, key: SecretKey): ProtectedValue {
  // The same person appears on many decisions of a file: reuse the result (it is deterministic anyway).
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  const cached = cache.get(value);
  if (cached) return cached;
  const iv = createHmac('sha256', key.nonce).update(value).digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const payload = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  const result = { masked: maskPersonalValue(value), cipher: `${CIPHER_VERSION}:${payload}` };
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(value, result);
  return result;
}

/** Decrypts a protected value; a wrong key or an altered cipher is refused (GCM authenticates both). */
export function revealPersonal(value: ProtectedValue, key: SecretKey): string {
  const [version, payload] = value.cipher.split(':');
  if (version !== CIPHER_VERSION || !payload) throw new AppError('INVALID_INPUT', '个人信息密文格式无法识别');
  const bytes = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key.encryption, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new AppError('FORBIDDEN', '个人信息无法解密:密钥不匹配或密文已被改动', { cause: error });
  }
}
