import assert from 'node:assert/strict';
import { hkdfSync } from 'node:crypto';
import { describe, test } from 'node:test';
import { parseSecretKey } from '../import/protect-personal.ts';
import { formatReportNumber, normalizeReportNumber } from './report-number.ts';
import { loadReportProfile } from './report-profile.ts';
import {
  computeVerificationCode,
  isSameVerificationCode,
  normalizeVerificationCode,
  reportSigningKey,
  type SignedFacts,
} from './sign-report.ts';

const key = parseSecretKey('ab'.repeat(32));
const facts: SignedFacts = {
  number: 'XP-420703-20261121-000123',
  uscc: '91420703MA4CTE7Y4J',
  issuedOn: '2026-11-21',
  grade: 'B',
  score: 77.95,
  digest: 'd'.repeat(64),
};

describe('report numbers and verification codes', () => {
  test('a report number names the district, the issue date and the sequence of the day', () => {
    assert.equal(formatReportNumber(loadReportProfile().number, '2026-11-21', 123), 'XP-420703-20261121-000123');
    assert.equal(normalizeReportNumber(' xp-420703-20261121-000123 '), 'XP-420703-20261121-000123');
  });

  test('a verification code is 16 characters of an unambiguous alphabet in groups of four', () => {
    const code = computeVerificationCode(key, facts);
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    assert.equal(computeVerificationCode(key, { ...facts }), code, 'the same facts give the same code');
  });

  test('changing any signed fact, or the key, changes the code', () => {
    const code = computeVerificationCode(key, facts);
    const changes: Partial<SignedFacts>[] = [
      { number: 'XP-420703-20261121-000124' },
      { uscc: '91420703MA4CTE7Y5J' },
      { issuedOn: '2026-11-22' },
      { grade: 'A' },
      { score: 77.96 },
      { digest: 'e'.repeat(64) },
    ];
    for (const change of changes)
      assert.notEqual(computeVerificationCode(key, { ...facts, ...change }), code, JSON.stringify(change));
    assert.notEqual(computeVerificationCode(parseSecretKey('ac'.repeat(32)), facts), code);
  });

  test('a code typed in lower case, without hyphens or with O for 0 still matches; another code does not', () => {
    const code = computeVerificationCode(key, facts);
    assert.ok(isSameVerificationCode(code, code.toLowerCase().replaceAll('-', ' ')));
    assert.equal(normalizeVerificationCode('o1il-'), '0111');
    assert.equal(isSameVerificationCode(code, 'AAAA-BBBB-CCCC-DDDD'), false);
    assert.equal(isSameVerificationCode(code, ''), false);
  });

  test('the key behind verification codes, kept once derived, is each secret key’s own', () => {
    const other = parseSecretKey('cd'.repeat(32));
    const derive = (secret: typeof key) =>
      Buffer.from(hkdfSync('sha256', secret.encryption, Buffer.alloc(0), 'xinping report verification', 32));
    const codeWithKey = computeVerificationCode(key, facts);
    assert.deepEqual(reportSigningKey(other), derive(other));
    assert.deepEqual(reportSigningKey(key), derive(key));
    assert.deepEqual(reportSigningKey(other), derive(other));
    assert.notEqual(computeVerificationCode(other, facts), codeWithKey);
    assert.equal(computeVerificationCode(key, facts), codeWithKey);
  });
});
