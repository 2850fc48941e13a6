import assert from 'node:assert/strict';
import { createCipheriv, createHmac, hkdfSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { isAppError } from '../../domain/app-error.ts';
import {
  createDataKeyRing,
  decryptBytes,
  decryptField,
  encryptBytes,
  encryptField,
  loadDataKeyRing,
  parseDataKey,
  readDataAlgorithm,
  addDataKeyFile,
  createSm4Ctr,
  type DataKey,
} from './data-cipher.ts';

const first = parseDataKey('1', '11'.repeat(32));
const second = parseDataKey('2', '22'.repeat(32));

/** Values of every length up to a few blocks, in ASCII and in Chinese (three UTF-8 bytes a character). */
const FIELD_VALUES = [
  '',
  '1',
  '420703199001011234',
  '13800138000',
  '张三',
  '鄂州华容样例科技有限公司法定代表人',
  ...Array.from({ length: 70 }, (_, length) => 'x'.repeat(length)),
  ...Array.from({ length: 30 }, (_, length) => '证'.repeat(length)),
];

/** The field cipher as specified, with a fresh HMAC and cipher per value: the texts stored so far were written so. */
function referenceField(value: string, key: DataKey, algorithm: 'sm4' | 'intl'): string {
  const derive = (label: string, length: number) =>
    Buffer.from(
      hkdfSync(algorithm === 'sm4' ? 'sm3' : 'sha256', key.raw, Buffer.alloc(0), `xinping data ${label}`, length),
    );
  const plain = Buffer.from(value, 'utf8');
  if (algorithm === 'sm4') {
    const iv = createHmac('sm3', derive('sm3 mac', 32)).update(plain).digest().subarray(0, 16);
    const cipher = createCipheriv('sm4-ctr', derive('sm4 encryption', 16), iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return `v2:sm4:${key.id}:${Buffer.concat([iv, body]).toString('base64')}`;
  }
  const iv = createHmac('sha256', derive('aes nonce', 32)).update(plain).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', derive('aes encryption', 32), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return `v2:aes:${key.id}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

function withDataDir(run: (dataDir: string) => void): void {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-keys-'));
  try {
    run(dataDir);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('the data cipher', () => {
  test('fields are SM4 by default and name their algorithm and key', () => {
    const ring = createDataKeyRing(first);
    const text = encryptField('420703199001011234', ring);
    assert.match(text, /^v2:sm4:1:/);
    assert.ok(!text.includes('199001011234'));
    assert.equal(decryptField(text, ring), '420703199001011234');
    assert.equal(encryptField('420703199001011234', ring), text, 'the same value gives the same text');
  });

  test('field texts are the ones written before: HMAC then a fresh SM4-CTR or AES-GCM cipher, for any value', () => {
    assert.equal(
      encryptField('420703199001011234', createDataKeyRing(first)),
      'v2:sm4:1:cXGSY0WApZ/iyfD6dR2vI6EjVkaQo77JS4brROzYhEsfow==',
    );
    for (const algorithm of ['sm4', 'intl'] as const) {
      for (const key of [first, second]) {
        const ring = createDataKeyRing(key, algorithm);
        for (const value of FIELD_VALUES) {
          const text = encryptField(value, ring);
          assert.equal(text, referenceField(value, key, algorithm), `${algorithm} ${key.id} “${value}”`);
          assert.equal(decryptField(text, ring), value);
        }
      }
    }
  });

  test('SM4-CTR from one reused block cipher gives the bytes of OpenSSL sm4-ctr, also when the counter carries', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const ctr = createSm4Ctr(key);
    const ivs = [
      Buffer.alloc(16),
      Buffer.from('000102030405060708090a0b0c0d0eff', 'hex'),
      Buffer.from('000102030405060708090a0b0c0dfffe', 'hex'),
      Buffer.from('0001020304050607ffffffffffffffff', 'hex'),
      Buffer.alloc(16, 0xff),
      ...Array.from({ length: 16 }, (_, index) =>
        createHmac('sha256', 'iv').update(String(index)).digest().subarray(0, 16),
      ),
    ];
    for (const iv of ivs) {
      for (const length of [...Array.from({ length: 70 }, (_, index) => index), 255, 1000]) {
        const data = Buffer.from(Array.from({ length }, (_, index) => (index * 7 + length) & 0xff));
        const expected = createCipheriv('sm4-ctr', key, iv);
        assert.deepEqual(
          ctr(iv, data),
          Buffer.concat([expected.update(data), expected.final()]),
          `IV ${iv.toString('hex')}, ${length} bytes`,
        );
      }
    }
  });

  test('a field cut shorter than its synthetic IV is refused', () => {
    const ring = createDataKeyRing(first);
    assert.throws(
      () => decryptField(`v2:sm4:1:${Buffer.alloc(10).toString('base64')}`, ring),
      (error) => isAppError(error) && error.code === 'FORBIDDEN',
    );
  });

  test('an altered SM4 field is refused', () => {
    const ring = createDataKeyRing(first);
    const [version, algorithm, id, payload] = encryptField('13800138000', ring).split(':');
    const bytes = Buffer.from(payload!, 'base64');
    bytes[bytes.length - 1] ^= 1;
    assert.throws(
      () => decryptField(`${version}:${algorithm}:${id}:${bytes.toString('base64')}`, ring),
      (error) => isAppError(error) && error.code === 'FORBIDDEN',
    );
  });

  test('after a rotation old fields and files still decrypt and new ones use the new key', () => {
    const before = createDataKeyRing(first);
    const oldField = encryptField('13800138000', before);
    const oldFile = encryptBytes(Buffer.from('证件号码,420703199001011234'), before);
    const after = createDataKeyRing(second, 'sm4', [first]);
    assert.equal(decryptField(oldField, after), '13800138000');
    assert.equal(decryptBytes(oldFile, after).toString(), '证件号码,420703199001011234');
    assert.match(encryptField('13800138000', after), /^v2:sm4:2:/);
    assert.throws(
      () => decryptField(oldField, createDataKeyRing(second)),
      (error) => isAppError(error) && /密钥 1/.test(error.userMessage),
    );
  });

  test('XINPING_CRYPTO=intl writes AES-256 and SM4 texts stay readable', () => {
    const sm4 = createDataKeyRing(first);
    const intl = createDataKeyRing(first, 'intl');
    const sm4Field = encryptField('13800138000', sm4);
    assert.match(encryptField('13800138000', intl), /^v2:aes:1:/);
    assert.equal(decryptField(sm4Field, intl), '13800138000');
    assert.equal(decryptBytes(encryptBytes(Buffer.from('abc'), intl), sm4).toString(), 'abc');
    assert.equal(readDataAlgorithm({ XINPING_CRYPTO: 'intl' }), 'intl');
    assert.equal(readDataAlgorithm({}), 'sm4');
    assert.throws(
      () => readDataAlgorithm({ XINPING_CRYPTO: 'des' }),
      (error) => isAppError(error) && error.code === 'INVALID_INPUT',
    );
  });

  test('an encrypted file does not contain its text, an altered one is refused, a plaintext one passes through', () => {
    const ring = createDataKeyRing(first);
    const sealed = encryptBytes(Buffer.from('420703199001011234'), ring);
    assert.ok(!sealed.includes(Buffer.from('420703199001011234')));
    sealed[sealed.length - 40] ^= 1;
    assert.throws(
      () => decryptBytes(sealed, ring),
      (error) => isAppError(error),
    );
    assert.equal(decryptBytes(Buffer.from('%PDF-1.7 legacy'), ring).toString(), '%PDF-1.7 legacy');
  });

  test('the first key file is created owner-only; rotation adds the next and keeps the old one', () => {
    withDataDir((dataDir) => {
      const ring = loadDataKeyRing(dataDir, {});
      assert.equal(ring.current.id, '1');
      assert.equal(fs.statSync(path.join(dataDir, 'keys', 'sm4-1.key')).mode & 0o777, 0o600);
      assert.equal(fs.statSync(path.join(dataDir, 'keys')).mode & 0o777, 0o700);
      const field = encryptField('13800138000', ring);
      assert.equal(addDataKeyFile(dataDir), '2');
      const rotated = loadDataKeyRing(dataDir, {});
      assert.equal(rotated.current.id, '2');
      assert.equal(decryptField(field, rotated), '13800138000');
    });
  });

  test('XINPING_DATA_KEY is the current key and the key files stay readable', () => {
    withDataDir((dataDir) => {
      const field = encryptField('13800138000', loadDataKeyRing(dataDir, {}));
      const ring = loadDataKeyRing(dataDir, { XINPING_DATA_KEY: '44'.repeat(32), XINPING_DATA_KEY_ID: 'hsm-2027' });
      assert.equal(ring.current.id, 'hsm-2027');
      assert.equal(decryptField(field, ring), '13800138000');
    });
  });
});
