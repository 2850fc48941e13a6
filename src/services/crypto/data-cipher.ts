import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  type Cipher,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';

/**
 * Encryption of personal data at rest. SM4 (GB/T 32907) by default; a deployment that must use
 * international algorithms sets XINPING_CRYPTO=intl and gets AES-256 instead (the choice is recorded in the audit
 * trail, record-crypto-choice.ts). Every ciphertext names its algorithm and key id, so values written under an older
 * key or the other algorithm still decrypt after a rotation or a change of setting.
 *
 * Key material: 32 random bytes per key, from XINPING_DATA_KEY (+ XINPING_DATA_KEY_ID) or the files
 * `<dataDir>/keys/sm4-<n>.key` (mode 0600, the first created on first use). The highest n is the current key;
 * rotation adds n+1 and keeps the others for reading. Subkeys per algorithm and purpose are derived with HKDF.
 */
export type DataAlgorithm = 'sm4' | 'intl';

export interface DataKey {
  id: string;
  raw: Buffer;
}

export interface DataKeyRing {
  algorithm: DataAlgorithm;
  /** The key new ciphertexts are written with. */
  current: DataKey;
  /** Every key that can still be read, by id (the current one included). */
  keys: ReadonlyMap<string, DataKey>;
}

interface Subkeys {
  encryption: Buffer;
  mac: Buffer;
  /** HMAC under `mac` of a field's value (createShortMac). */
  macOf: (message: Buffer) => Buffer;
  /** SM4-CTR under `encryption` of a field's value (createSm4Ctr); SM4 subkeys only. */
  ctrOf?: (iv: Buffer, data: Buffer) => Buffer;
}

const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const KEY_FILE = /^sm4-(\d+)\.key$/;
const SIV_BYTES = 16;
const GCM_IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const SM3_MAC_BYTES = 32;
/** The block size of SM3 and of SHA-256: HMAC pads its key to it (RFC 2104 §2). */
const HASH_BLOCK_BYTES = 64;
const SM4_BLOCK_BYTES = 16;
const IPAD = 0x36;
const OPAD = 0x5c;
const FIELD_VERSION = 'v2';
/** Files start with this so a reader tells an encrypted file from a plaintext one written before encryption. */
const FILE_MAGIC = Buffer.from('XPENC\u0001', 'latin1');
const FILE_ALGORITHM_CODES: Record<DataAlgorithm, number> = { sm4: 1, intl: 2 };
const subkeyCache = new WeakMap<DataKey, Map<DataAlgorithm, Subkeys>>();

function subkeysOf(key: DataKey, algorithm: DataAlgorithm): Subkeys {
  let byAlgorithm = subkeyCache.get(key);
  if (!byAlgorithm) subkeyCache.set(key, (byAlgorithm = new Map()));
  let subkeys = byAlgorithm.get(algorithm);
  if (!subkeys) {
    const derive = (label: string, length: number) =>
      Buffer.from(
        hkdfSync(algorithm === 'sm4' ? 'sm3' : 'sha256', key.raw, Buffer.alloc(0), `xinping data ${label}`, length),
      );
    const [encryption, mac] =
      algorithm === 'sm4'
        ? [derive('sm4 encryption', 16), derive('sm3 mac', 32)]
        : [derive('aes encryption', 32), derive('aes nonce', 32)];
    subkeys =
      algorithm === 'sm4'
        ? { encryption, mac, macOf: createShortMac('sm3', mac), ctrOf: createSm4Ctr(encryption) }
        : { encryption, mac, macOf: createShortMac('sha256', mac) };
    byAlgorithm.set(algorithm, subkeys);
  }
  return subkeys;
}

/** A key from its hex (64 characters) or base64 (44 characters) text. */
export function parseDataKey(id: string, text: string): DataKey {
  if (!KEY_ID.test(id))
    throw new AppError(
      'INVALID_INPUT',
      `数据加密密钥编号“${id}”无效：只能包含字母、数字、下划线和连字符（至多 32 个字符）`,
    );
  const trimmed = text.trim();
  const raw = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (raw.length !== KEY_BYTES)
    throw new AppError('INVALID_INPUT', `数据加密密钥 ${id} 长度应为 32 字节（实际 ${raw.length} 字节）`);
  return { id, raw };
}

export function readDataAlgorithm(env: NodeJS.ProcessEnv = process.env): DataAlgorithm {
  const setting = (env.XINPING_CRYPTO ?? '').trim().toLowerCase();
  if (setting === '' || setting === 'sm4' || setting === 'sm') return 'sm4';
  if (setting === 'intl') return 'intl';
  throw new AppError(
    'INVALID_INPUT',
    `XINPING_CRYPTO 的值“${env.XINPING_CRYPTO}”无效：应为 sm（国密 SM4，默认）或 intl(AES-256)`,
  );
}

/** A ring of one key (tests, and the legacy XINPING_SECRET_KEY alone). */
export function createDataKeyRing(
  current: DataKey,
  algorithm: DataAlgorithm = 'sm4',
  older: DataKey[] = [],
): DataKeyRing {
  return { algorithm, current, keys: new Map([...older, current].map((key) => [key.id, key])) };
}

function keysDir(dataDir: string): string {
  return path.join(dataDir, 'keys');
}

/** The key files of the data directory by number, lowest first. */
function listKeyFiles(dataDir: string): Array<{ number: number; file: string }> {
  const dir = keysDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((entry) => ({ match: KEY_FILE.exec(entry), file: path.join(dir, entry) }))
    .filter((entry) => entry.match)
    .map((entry) => ({ number: Number(entry.match![1]), file: entry.file }))
    .sort((a, b) => a.number - b.number);
}

/** Writes key number n; never over an existing file (a lost key makes its ciphertexts unreadable). */
function createKeyFile(dataDir: string, number: number): void {
  fs.mkdirSync(keysDir(dataDir), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(keysDir(dataDir), `sm4-${number}.key`), `${randomBytes(KEY_BYTES).toString('hex')}\n`, {
    flag: 'wx',
    mode: 0o600,
  });
}

/**
 * The ring of the deployment: every key file of the data directory, plus XINPING_DATA_KEY when set (then it is the
 * current key, so a server can keep its key out of the data directory). The first key file is created on first use.
 */
export function loadDataKeyRing(dataDir: string, env: NodeJS.ProcessEnv = process.env): DataKeyRing {
  const algorithm = readDataAlgorithm(env);
  if (!env.XINPING_DATA_KEY && listKeyFiles(dataDir).length === 0) {
    try {
      createKeyFile(dataDir, 1);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const stored = listKeyFiles(dataDir).map(({ number, file }) =>
    parseDataKey(String(number), fs.readFileSync(file, 'utf8')),
  );
  if (env.XINPING_DATA_KEY)
    return createDataKeyRing(parseDataKey(env.XINPING_DATA_KEY_ID || 'env', env.XINPING_DATA_KEY), algorithm, stored);
  return createDataKeyRing(stored.at(-1)!, algorithm, stored.slice(0, -1));
}

/** Adds key n+1 to the data directory; it becomes current, the older ones stay for reading. Returns its id. */
export function addDataKeyFile(dataDir: string): string {
  const next = (listKeyFiles(dataDir).at(-1)?.number ?? 0) + 1;
  createKeyFile(dataDir, next);
  return String(next);
}

function keyOf(ring: DataKeyRing, id: string): DataKey {
  const key = ring.keys.get(id);
  if (!key) throw new AppError('FORBIDDEN', `密文使用的数据加密密钥 ${id} 不在本平台的密钥中，无法解密`);
  return key;
}

function sm4Ctr(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const cipher = createCipheriv('sm4-ctr', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/**
 * HMAC (RFC 2104) as two one-shot hashes, H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), with the padded keys computed once:
 * the same bytes as createHmac(algorithm, key), without an Hmac object and its key set-up per value, which cost more
 * than the hashing itself when an import encrypts a value per row. For keys up to the hash's block size.
 */
function createShortMac(algorithm: 'sm3' | 'sha256', key: Buffer): (message: Buffer) => Buffer {
  if (key.length > HASH_BLOCK_BYTES) throw new Error('createShortMac: key longer than the block size');
  const padded = (pad: number) => {
    const block = Buffer.alloc(HASH_BLOCK_BYTES);
    key.copy(block);
    for (let index = 0; index < HASH_BLOCK_BYTES; index += 1) block[index] ^= pad;
    return block;
  };
  const innerKey = padded(IPAD);
  const outerKey = padded(OPAD);
  return (message) => {
    const inner = hash(algorithm, Buffer.concat([innerKey, message]), 'buffer');
    return hash(algorithm, Buffer.concat([outerKey, inner]), 'buffer');
  };
}

/**
 * SM4-CTR for short values from one reusable SM4-ECB cipher: the keystream is the encryption of the counter blocks
 * IV, IV+1, IV+2… (all 16 bytes one big-endian counter, as OpenSSL's CTR mode counts, carrying across bytes), XORed
 * with the data. Gives the bytes createCipheriv('sm4-ctr', key, iv) gives; creating that cipher per value cost more
 * than the encryption. The returned function encrypts and decrypts alike (CTR is its own inverse).
 */
export function createSm4Ctr(key: Buffer): (iv: Buffer, data: Buffer) => Buffer {
  const blockCipher: Cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
  return (iv, data) => {
    if (iv.length !== SM4_BLOCK_BYTES) throw new Error('SM4-CTR needs a 16-byte IV');
    const blocks = Math.ceil(data.length / SM4_BLOCK_BYTES);
    const counters = Buffer.allocUnsafe(blocks * SM4_BLOCK_BYTES);
    if (blocks > 0) iv.copy(counters);
    for (let start = SM4_BLOCK_BYTES; start < counters.length; start += SM4_BLOCK_BYTES) {
      counters.copy(counters, start, start - SM4_BLOCK_BYTES, start);
      incrementCounter(counters, start);
    }
    const stream = blockCipher.update(counters);
    for (let index = 0; index < data.length; index += 1) stream[index] ^= data[index]!;
    return stream.subarray(0, data.length);
  };
}

/** Adds one to the 16-byte big-endian counter at `start` (the last byte first, carrying while a byte wraps to 0). */
function incrementCounter(counters: Buffer, start: number): void {
  for (let index = start + SM4_BLOCK_BYTES - 1; index >= start; index -= 1) {
    counters[index] = (counters[index]! + 1) & 0xff;
    if (counters[index] !== 0) return;
  }
}

/**
 * Deterministic authenticated encryption of a short value (the same value always gives the same text, which re-import
 * idempotency and lookups by value need). SM4: the synthetic IV is HMAC-SM3 of the value, which also authenticates it
 * (SIV construction, RFC 5297 §2.6 with HMAC as the PRF), then SM4-CTR. Intl: AES-256-GCM with the nonce derived the
 * same way. Text: `v2:<sm4|aes>:<key id>:<base64>`.
 */
export function encryptField(value: string, ring: DataKeyRing): string {
  const key = ring.current;
  const { encryption, macOf, ctrOf } = subkeysOf(key, ring.algorithm);
  const plain = Buffer.from(value, 'utf8');
  let payload: Buffer;
  if (ring.algorithm === 'sm4') {
    const iv = macOf(plain).subarray(0, SIV_BYTES);
    payload = Buffer.concat([iv, ctrOf!(iv, plain)]);
  } else {
    const iv = macOf(plain).subarray(0, GCM_IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', encryption, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    payload = Buffer.concat([iv, cipher.getAuthTag(), body]);
  }
  return `${FIELD_VERSION}:${ring.algorithm === 'sm4' ? 'sm4' : 'aes'}:${key.id}:${payload.toString('base64')}`;
}

/** True for texts encryptField writes (older `v1:` texts are protect-personal.ts's legacy format). */
export function isFieldCipher(text: string): boolean {
  return text.startsWith(`${FIELD_VERSION}:`);
}

/** The id of the key a field cipher was written with (re-encryption skips those under the current key). */
export function fieldKeyId(text: string): string | undefined {
  return isFieldCipher(text) ? text.split(':')[2] : undefined;
}

export function decryptField(text: string, ring: DataKeyRing): string {
  const [version, algorithm, keyId, payload] = text.split(':');
  if (version !== FIELD_VERSION || !keyId || !payload || (algorithm !== 'sm4' && algorithm !== 'aes'))
    throw new AppError('INVALID_INPUT', '个人信息密文格式无法识别');
  const bytes = Buffer.from(payload, 'base64');
  const { encryption, macOf, ctrOf } = subkeysOf(keyOf(ring, keyId), algorithm === 'sm4' ? 'sm4' : 'intl');
  const refused = (cause?: unknown) =>
    new AppError('FORBIDDEN', '个人信息无法解密：密钥不匹配或密文已被改动', { cause });
  if (algorithm === 'sm4') {
    const iv = bytes.subarray(0, SIV_BYTES);
    if (iv.length !== SIV_BYTES) throw refused();
    const plain = ctrOf!(iv, bytes.subarray(SIV_BYTES));
    if (!timingSafeEqual(iv, macOf(plain).subarray(0, SIV_BYTES))) throw refused();
    return plain.toString('utf8');
  }
  const decipher = createDecipheriv('aes-256-gcm', encryption, bytes.subarray(0, GCM_IV_BYTES));
  decipher.setAuthTag(bytes.subarray(GCM_IV_BYTES, GCM_IV_BYTES + GCM_TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(GCM_IV_BYTES + GCM_TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  } catch (error) {
    throw refused(error);
  }
}

/**
 * Randomized authenticated encryption of a file's content. Layout: magic, algorithm code, key id length, key id,
 * then SM4: IV(16) ‖ SM4-CTR ciphertext ‖ HMAC-SM3 over everything before it (encrypt-then-MAC);
 * intl: IV(12) ‖ GCM tag(16) ‖ AES-256-GCM ciphertext with the header as associated data.
 */
export function encryptBytes(content: Buffer, ring: DataKeyRing): Buffer {
  const key = ring.current;
  const { encryption, mac } = subkeysOf(key, ring.algorithm);
  const id = Buffer.from(key.id, 'latin1');
  const header = Buffer.concat([FILE_MAGIC, Buffer.from([FILE_ALGORITHM_CODES[ring.algorithm], id.length]), id]);
  if (ring.algorithm === 'sm4') {
    const iv = randomBytes(SIV_BYTES);
    const body = Buffer.concat([header, iv, sm4Ctr(encryption, iv, content)]);
    return Buffer.concat([body, createHmac('sm3', mac).update(body).digest()]);
  }
  const iv = randomBytes(GCM_IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', encryption, iv).setAAD(header);
  const body = Buffer.concat([cipher.update(content), cipher.final()]);
  return Buffer.concat([header, iv, cipher.getAuthTag(), body]);
}

export function isEncryptedBytes(content: Buffer): boolean {
  return content.length > FILE_MAGIC.length && content.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC);
}

/** Whether a file's content is encrypted with the ring's current key and algorithm (nothing to re-encrypt). */
export function isCurrentBytes(content: Buffer, ring: DataKeyRing): boolean {
  if (!isEncryptedBytes(content) || content[FILE_MAGIC.length] !== FILE_ALGORITHM_CODES[ring.algorithm]) return false;
  const idLength = content[FILE_MAGIC.length + 1]!;
  return (
    content.subarray(FILE_MAGIC.length + 2, FILE_MAGIC.length + 2 + idLength).toString('latin1') === ring.current.id
  );
}

/** The plaintext of encryptBytes' output; content without the magic (written before encryption) is returned as is. */
export function decryptBytes(content: Buffer, ring: DataKeyRing): Buffer {
  if (!isEncryptedBytes(content)) return content;
  const refused = (cause?: unknown) =>
    new AppError('INTERNAL', '加密文件无法解密：密钥不匹配或文件已被改动，请联系平台管理员', {
      message: 'encrypted file failed authentication',
      cause,
    });
  const code = content[FILE_MAGIC.length]!;
  const idLength = content[FILE_MAGIC.length + 1]!;
  const headerLength = FILE_MAGIC.length + 2 + idLength;
  const header = content.subarray(0, headerLength);
  const algorithm = (Object.entries(FILE_ALGORITHM_CODES).find(([, value]) => value === code)?.[0] ??
    null) as DataAlgorithm | null;
  if (!algorithm) throw refused();
  const { encryption, mac } = subkeysOf(
    keyOf(ring, content.subarray(FILE_MAGIC.length + 2, headerLength).toString('latin1')),
    algorithm,
  );
  if (algorithm === 'sm4') {
    const body = content.subarray(0, content.length - SM3_MAC_BYTES);
    const tag = content.subarray(content.length - SM3_MAC_BYTES);
    if (body.length < headerLength + SIV_BYTES || !timingSafeEqual(tag, createHmac('sm3', mac).update(body).digest()))
      throw refused();
    return sm4Ctr(
      encryption,
      body.subarray(headerLength, headerLength + SIV_BYTES),
      body.subarray(headerLength + SIV_BYTES),
    );
  }
  const decipher = createDecipheriv(
    'aes-256-gcm',
    encryption,
    content.subarray(headerLength, headerLength + GCM_IV_BYTES),
  ).setAAD(header);
  decipher.setAuthTag(content.subarray(headerLength + GCM_IV_BYTES, headerLength + GCM_IV_BYTES + GCM_TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(content.subarray(headerLength + GCM_IV_BYTES + GCM_TAG_BYTES)),
      decipher.final(),
    ]);
  } catch (error) {
    throw refused(error);
  }
}
