import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../domain/canonical-json.ts';
import { digestHex, hashAlgorithmOfSignature, type HashAlgorithm } from '../crypto/crypto-suite.ts';
import { signData, type SigningKey } from '../crypto/signing-key.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import type { UnsignedReport } from './build-report.ts';
import type { CreditReport, ReportSignature, SignedReportFacts } from './report.ts';

/** The two keys a report needs: the secret behind its verification code, and the signing key. */
export interface ReportKeys {
  secret: SecretKey;
  signing: SigningKey;
}

/** What a verification code vouches for: the facts the public verification confirms, plus the digest of the data. */
export interface SignedFacts {
  number: string;
  uscc: string;
  issuedOn: string;
  grade: string;
  score: number;
  /** sha256 of the report data (reportDigest). */
  digest: string;
}

// Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not mistaken.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BYTES = 10;
const CODE_GROUP = 4;

/** The signing key derived from each secret key, once per process (every report of a batch uses the same). */
const derivedSigningKeys = new WeakMap<SecretKey, Buffer>();

/**
 * The key that signs reports, derived from the platform's secret key (protect-personal.ts loadSecretKey: the
 * XINPING_SECRET_KEY environment variable or <dataDir>/secret.key) under its own label, so a verification code
 * reveals nothing about the key that encrypts personal data.
 */
export function reportSigningKey(key: SecretKey): Buffer {
  let derived = derivedSigningKeys.get(key);
  if (!derived) {
    derived = Buffer.from(hkdfSync('sha256', key.encryption, Buffer.alloc(0), 'xinping report verification', 32));
    derivedSigningKeys.set(key, derived);
  }
  return derived;
}

/** The canonical JSON of the report without its verification block: what its digests are taken over. */
function canonicalReportData(report: UnsignedReport | CreditReport): string {
  const { verification: _verification, ...data } = report as CreditReport;
  return canonicalJson(data);
}

/** sha256 over the canonical JSON of the report without its verification block (canonicalReportData). */
export function reportDigest(
  report: UnsignedReport | CreditReport,
  canonicalData = canonicalReportData(report),
): string {
  return digestHex('sha256', canonicalData);
}

/**
 * HMAC-SHA256 over the signed facts, 80 bits written as 16 base-32 characters in groups of four
 * (7KQ2-M9XD-4TRB-C1PZ). Without the platform's key nobody can make a code that verifies, and the verification
 * recomputes the code from the stored issued report: a PDF whose grade was edited still shows the issued grade.
 */
export function computeVerificationCode(key: SecretKey, facts: SignedFacts): string {
  const message = [
    'xinping-report/1',
    facts.number,
    facts.uscc,
    facts.issuedOn,
    facts.grade,
    String(facts.score),
    facts.digest,
  ].join('\n');
  const mac = createHmac('sha256', reportSigningKey(key)).update(message).digest().subarray(0, CODE_BYTES);
  let bits = 0;
  let buffer = 0;
  let code = '';
  for (const byte of mac) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += CODE_ALPHABET[(buffer >> bits) & 31];
    }
  }
  return code.match(new RegExp(`.{1,${CODE_GROUP}}`, 'g'))!.join('-');
}

/** A code as typed by a reader: upper case, separators dropped, and the letters Crockford reads as digits mapped. */
export function normalizeVerificationCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Compares two codes in constant time, whatever separators they were typed with. */
export function isSameVerificationCode(expected: string, given: string): boolean {
  const a = Buffer.from(normalizeVerificationCode(expected));
  const b = Buffer.from(normalizeVerificationCode(given));
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The report data a signature's contentDigest covers: everything but `verification`. */
export function reportContentDigest(report: UnsignedReport | CreditReport, algorithm: HashAlgorithm): string {
  return digestHex(algorithm, canonicalReportData(report));
}

/** Exactly what a report signature signs: the canonical JSON of its facts. */
export function signedReportText(facts: SignedReportFacts): string {
  return canonicalJson(facts);
}

export function signedReportFacts(
  report: UnsignedReport | CreditReport,
  digestAlgorithm: HashAlgorithm,
  canonicalData = canonicalReportData(report),
): SignedReportFacts {
  return {
    format: 'xinping-report-signature/1',
    number: report.number,
    uscc: report.enterprise.uscc,
    enterpriseName: report.enterprise.name,
    issuedOn: report.issuedOn,
    asOf: report.evaluation.asOf,
    audience: report.audience,
    grade: report.evaluation.grade,
    score: report.evaluation.score,
    digestAlgorithm,
    contentDigest: digestHex(digestAlgorithm, canonicalData),
  };
}

/**
 * Adds the verification block: the digest of the data, the code, the public path that checks it, and the platform's
 * signature (SM2 by default) over the signed facts. `signatureValue`, when given, is the signature stored when the
 * same report was first issued (SM2 signatures are randomised: re-signing would give another value).
 */
export function signReport(
  report: UnsignedReport,
  keys: ReportKeys,
  verifyPath: string,
  signatureValue?: string,
): CreditReport {
  // The report's data is written as canonical JSON once, for both of its digests.
  const canonicalData = canonicalReportData(report);
  const digest = reportDigest(report, canonicalData);
  const code = computeVerificationCode(keys.secret, {
    number: report.number,
    uscc: report.enterprise.uscc,
    issuedOn: report.issuedOn,
    grade: report.evaluation.grade,
    score: report.evaluation.score,
    digest,
  });
  const facts = signedReportFacts(report, hashAlgorithmOfSignature(keys.signing.algorithm), canonicalData);
  const signature: ReportSignature = {
    algorithm: keys.signing.algorithm,
    value: signatureValue ?? signData(keys.signing, signedReportText(facts)),
    publicKey: keys.signing.publicKeyPem,
    publicKeyFingerprint: keys.signing.fingerprint,
    facts,
  };
  return { ...report, verification: { path: `${verifyPath}/${report.number}?code=${code}`, code, digest, signature } };
}
