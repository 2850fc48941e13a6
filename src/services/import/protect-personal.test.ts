import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { isAppError } from '../../domain/app-error.ts';
import { createCipheriv, createHmac } from 'node:crypto';
import {
  loadSecretKey,
  maskPersonalValue,
  matchesPersonal,
  parseSecretKey,
  protectPersonal,
  revealPersonal,
} from './protect-personal.ts';

const key = parseSecretKey('11'.repeat(32));

/** The cipher text the platform wrote before AES-256-GCM, nonce from HMAC-SHA256 of the value. */
function legacyCipher(value: string): string {
  const iv = createHmac('sha256', key.nonce).update(value).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key.encryption, iv);
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

describe('protecting personal data', () => {
  test('an identity number is masked to its first and last four characters', () => {
    assert.equal(maskPersonalValue('420703199001011234'), '4207**********1234');
    assert.equal(maskPersonalValue('12345678'), '1******8');
    assert.equal(maskPersonalValue('张三'), '**');
  });

  test('a value with characters outside the BMP is masked by characters, not by UTF-16 units', () => {
    assert.equal(maskPersonalValue('𠀀𠀁张三李四王五赵'), '𠀀𠀁张三*四王五赵');
    assert.equal(maskPersonalValue('𠀀三'), '**');
    assert.equal(maskPersonalValue('𠀀三李'), '𠀀*李');
  });

  test('the cipher decrypts to the original value and never contains it', () => {
    const stored = protectPersonal('420703199001011234', key);
    assert.equal(stored.masked, '4207**********1234');
    assert.ok(!stored.cipher.includes('199001011234'));
    assert.equal(revealPersonal(stored, key), '420703199001011234');
  });

  test('the same value under the same key always gives the same cipher, so re-imports change nothing', () => {
    assert.deepEqual(protectPersonal('420703199001011234', key), protectPersonal('420703199001011234', key));
    assert.notEqual(
      protectPersonal('420703199001011234', key).cipher,
      protectPersonal('420703199001011235', key).cipher,
    );
  });

  test('another key cannot read the cipher, and an altered cipher is refused', () => {
    const stored = protectPersonal('420703199001011234', key);
    assert.throws(
      () => revealPersonal(stored, parseSecretKey('22'.repeat(32))),
      (error) => isAppError(error) && error.code === 'FORBIDDEN',
    );
    const [version, algorithm, keyId, payload] = stored.cipher.split(':');
    const bytes = Buffer.from(payload!, 'base64');
    bytes[bytes.length - 1] ^= 1;
    assert.throws(
      () => revealPersonal({ ...stored, cipher: `${version}:${algorithm}:${keyId}:${bytes.toString('base64')}` }, key),
      (error) => isAppError(error),
    );
  });

  test('the key comes from XINPING_SECRET_KEY in hex or base64, and must be 32 bytes', () => {
    const raw = Buffer.alloc(32, 7);
    const dataKey = { XINPING_DATA_KEY: '33'.repeat(32) };
    const fromHex = loadSecretKey('/nonexistent', { ...dataKey, XINPING_SECRET_KEY: raw.toString('hex') });
    const fromBase64 = loadSecretKey('/nonexistent', { ...dataKey, XINPING_SECRET_KEY: raw.toString('base64') });
    assert.deepEqual(fromHex, fromBase64);
    assert.throws(
      () => loadSecretKey('/nonexistent', { ...dataKey, XINPING_SECRET_KEY: 'abcd' }),
      (error) => isAppError(error) && /32 字节/.test(error.userMessage),
    );
  });

  test('personal values written before SM4 (AES-GCM v1 ciphers) still decrypt', () => {
    const legacy = 'v1:' + legacyCipher('420703199001011234');
    assert.equal(revealPersonal({ masked: '', cipher: legacy }, key), '420703199001011234');
    assert.ok(matchesPersonal(legacy, '420703199001011234', key));
    assert.ok(!matchesPersonal(legacy, '420703199001011235', key));
  });

  test('without the variable a key file is created once in the data directory, readable by its owner only', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-key-'));
    try {
      const first = loadSecretKey(dataDir, {});
      const file = path.join(dataDir, 'secret.key');
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      const second = loadSecretKey(dataDir, {});
      assert.deepEqual(first, second);
      assert.equal(revealPersonal(protectPersonal('420703199001011234', first), second), '420703199001011234');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
