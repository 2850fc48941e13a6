import assert from 'node:assert/strict';
import { createHash, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadSigningKey, signData, verifySignedData } from './signing-key.ts';

// GB/T 32918.5 recommended curve parameters, used only to check Node's signatures independently of OpenSSL.
const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const A = P - 3n;
const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const G: Point = [
  0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
];
type Point = [bigint, bigint] | null;

const mod = (x: bigint, m: bigint) => ((x % m) + m) % m;
function inverse(x: bigint, m: bigint): bigint {
  let [a, b, u, v] = [mod(x, m), m, 1n, 0n];
  while (b) {
    const q = a / b;
    [a, b, u, v] = [b, a - q * b, v, u - q * v];
  }
  return mod(u, m);
}
function add(p: Point, q: Point): Point {
  if (!p) return q;
  if (!q) return p;
  if (p[0] === q[0] && mod(p[1] + q[1], P) === 0n) return null;
  const slope =
    p[0] === q[0]
      ? mod((3n * p[0] * p[0] + A) * inverse(2n * p[1], P), P)
      : mod((q[1] - p[1]) * inverse(q[0] - p[0], P), P);
  const x = mod(slope * slope - p[0] - q[0], P);
  return [x, mod(slope * (p[0] - x) - p[1], P)];
}
function multiply(k: bigint, point: Point): Point {
  let result: Point = null;
  for (let addend = point; k > 0n; k >>= 1n, addend = add(addend, addend)) if (k & 1n) result = add(result, addend);
  return result;
}
const bytes32 = (value: bigint) => Buffer.from(value.toString(16).padStart(64, '0'), 'hex');
const toBigInt = (buffer: Buffer) => BigInt(`0x${buffer.toString('hex') || '0'}`);

/** GB/T 32918.2 §7 verification: e = SM3(Z_A ‖ M), t = r + s, R = e + x1 where (x1, y1) = sG + tP_A. */
function isSm2Signature(
  publicKeyPem: string,
  message: Buffer,
  signatureBase64: string,
  distinguishingId: string,
): boolean {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const point: Point = [
    toBigInt(der.subarray(der.length - 64, der.length - 32)),
    toBigInt(der.subarray(der.length - 32)),
  ];
  const id = Buffer.from(distinguishingId);
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  const z = createHash('sm3')
    .update(Buffer.concat([entl, id, ...[A, B, G![0], G![1], point[0], point[1]].map(bytes32)]))
    .digest();
  const e = toBigInt(
    createHash('sm3')
      .update(Buffer.concat([z, message]))
      .digest(),
  );
  const signature = Buffer.from(signatureBase64, 'base64');
  const rLength = signature[3]!;
  const r = toBigInt(signature.subarray(4, 4 + rLength));
  const s = toBigInt(signature.subarray(6 + rLength, 6 + rLength + signature[5 + rLength]!));
  const sum = add(multiply(s, G), multiply(mod(r + s, N), point));
  return sum !== null && mod(e + sum[0], N) === r;
}

describe('platform signing key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-key-'));

  test('is generated once under keys/, readable by its owner only, and loads the same key again', () => {
    const first = loadSigningKey(dir, {});
    const file = path.join(dir, 'keys', 'sm2-signing.pem');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.equal(loadSigningKey(dir, {}).fingerprint, first.fingerprint);
    assert.equal(first.algorithm, 'sm2-sm3');
  });

  test('makes GB/T 32918.2 SM2 signatures with SM3 over an empty distinguishing ID', () => {
    const key = loadSigningKey(dir, {});
    const message = Buffer.from('{"number":"XP-420703-20261206-000001"}');
    const signature = signData(key, message);
    assert.equal(isSm2Signature(key.publicKeyPem, message, signature, ''), true);
    assert.equal(isSm2Signature(key.publicKeyPem, message, signature, '1234567812345678'), false);
    assert.equal(verifySignedData('sm2-sm3', key.publicKeyPem, message, signature), true);
  });

  test('a signature fails once one byte of the signed data changes', () => {
    const key = loadSigningKey(dir, {});
    const message = Buffer.from('grade A, score 91');
    const signature = signData(key, message);
    const changed = Buffer.from(message);
    changed[6] = 'B'.charCodeAt(0);
    assert.equal(verifySignedData('sm2-sm3', key.publicKeyPem, changed, signature), false);
  });

  test('the international suite signs ECDSA P-256 and records that algorithm', () => {
    const key = loadSigningKey(dir, { XINPING_CRYPTO_SUITE: 'international' });
    assert.equal(key.algorithm, 'ecdsa-p256-sha256');
    assert.ok(fs.existsSync(path.join(dir, 'keys', 'ecdsa-p256-signing.pem')));
    const signature = signData(key, 'checkpoint');
    assert.equal(verifySignedData('ecdsa-p256-sha256', key.publicKeyPem, 'checkpoint', signature), true);
    assert.equal(verifySignedData('sm2-sm3', key.publicKeyPem, 'checkpoint', signature), false);
  });
});
