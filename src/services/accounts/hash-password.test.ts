import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from './hash-password.ts';

test('a password verifies against its own hash and no other password does', async () => {
  const hash = await hashPassword('正确的密码-correct');
  assert.equal(await verifyPassword('正确的密码-correct', hash), true);
  assert.equal(await verifyPassword('正确的密码-Correct', hash), false);
  assert.equal(await verifyPassword('', hash), false);
});

test('the same password hashes differently each time (per-user salt)', async () => {
  assert.notEqual(await hashPassword('same-password'), await hashPassword('same-password'));
});

test('a hash made with other cost parameters still verifies, because the parameters travel with it', async () => {
  // N = 2^14 instead of the current 2^15: what an older installation would have stored.
  const { scryptSync } = await import('node:crypto');
  const salt = Buffer.from('0123456789abcdef');
  const old = [
    'scrypt',
    16384,
    8,
    1,
    salt.toString('base64'),
    scryptSync('old-password', salt, 64, { N: 16384, r: 8, p: 1 }).toString('base64'),
  ].join('$');
  assert.equal(await verifyPassword('old-password', old), true);
});

test('an unreadable stored hash never matches', async () => {
  assert.equal(await verifyPassword('anything', ''), false);
  assert.equal(await verifyPassword('anything', 'bcrypt$whatever'), false);
});
