import { AppError } from '../../domain/app-error.ts';
import { publicKeyFingerprint, verifySignedData } from '../crypto/signing-key.ts';
import type { CreditReport, ReportSignature } from './report.ts';
import { reportContentDigest, signedReportText } from './sign-report.ts';

/** The PDF document-information entry that carries the report's signature (base64 of its JSON). */
export const PDF_SIGNATURE_ENTRY = 'XinpingSignature';

export interface ReportSignatureCheck {
  isValid: boolean;
  /** What failed, in Chinese (absent when valid). */
  reason?: string;
  signature: ReportSignature;
  /** The fingerprint of the key that signed: compare it with the public key the platform publishes. */
  publicKeyFingerprint: string;
  /** Whether the key is the one given with --public-key (undefined when none was given). */
  isTrustedKey?: boolean;
}

/** The value of the PDF entry: the signature block as base64 JSON, ASCII only so it is stored as written. */
export function encodePdfSignature(signature: ReportSignature): string {
  return Buffer.from(JSON.stringify(signature)).toString('base64');
}

/**
 * Checks a report file's signature with no database and no platform secret (`xinping report verify`):
 * a JSON report must still hash to the digest its signature covers (one changed byte of data fails) and the signature
 * must verify over the signed facts; a PDF carries the signature block in its document information, and that block's
 * signature is checked. `trustedPublicKey` (PEM), when given, must be the key that signed.
 */
export function verifyReportSignature(file: Buffer, trustedPublicKey?: string): ReportSignatureCheck {
  const isPdf = file.subarray(0, 5).toString('latin1') === '%PDF-';
  const signature = isPdf ? readPdfSignature(file) : readJsonReport(file).verification?.signature;
  if (!signature?.facts || typeof signature.value !== 'string' || typeof signature.publicKey !== 'string') {
    throw new AppError(
      'INVALID_INPUT',
      isPdf
        ? '该 PDF 不含平台签名（不是本平台签发的信用报告，或签发于报告签名启用之前）'
        : '该 JSON 不含报告签名（verification.signature）',
    );
  }
  const fingerprint = publicKeyFingerprint(signature.algorithm, signature.publicKey);
  const isTrustedKey =
    trustedPublicKey === undefined
      ? undefined
      : fingerprint === publicKeyFingerprint(signature.algorithm, trustedPublicKey);
  const result = (reason?: string): ReportSignatureCheck => ({
    isValid: reason === undefined,
    reason,
    signature,
    publicKeyFingerprint: fingerprint,
    isTrustedKey,
  });
  if (isTrustedKey === false) return result(`签名所用公钥（指纹 ${fingerprint}）不是所给的平台公钥`);
  if (!isPdf) {
    const report = readJsonReport(file);
    if (reportContentDigest(report, signature.facts.digestAlgorithm) !== signature.facts.contentDigest)
      return result('报告内容与签名所记摘要不符：报告被改动过');
    const { facts } = signature;
    const shown = [
      report.number,
      report.enterprise?.uscc,
      report.enterprise?.name,
      report.issuedOn,
      report.evaluation?.asOf,
      report.audience,
      report.evaluation?.grade,
      report.evaluation?.score,
    ];
    const signed = [
      facts.number,
      facts.uscc,
      facts.enterpriseName,
      facts.issuedOn,
      facts.asOf,
      facts.audience,
      facts.grade,
      facts.score,
    ];
    if (shown.some((value, index) => value !== signed[index]))
      return result('报告所载编号、企业、日期或等级与签名所记不符：报告被改动过');
  }
  if (!verifySignedData(signature.algorithm, signature.publicKey, signedReportText(signature.facts), signature.value))
    return result('签名无效：签名所覆盖的内容被改动过，或签名不是用该公钥作出的');
  return result();
}

function readJsonReport(file: Buffer): CreditReport {
  try {
    return JSON.parse(file.toString('utf8')) as CreditReport;
  } catch {
    throw new AppError('INVALID_INPUT', '文件既不是 PDF，也不是有效的 JSON 信用报告');
  }
}

/** The entry's string, written directly or (as pdfkit does) as an indirect object `N 0 obj (…) endobj`. */
function readPdfSignature(file: Buffer): ReportSignature | undefined {
  const text = file.toString('latin1');
  const entry = new RegExp(`/${PDF_SIGNATURE_ENTRY}\\s*(?:\\(([A-Za-z0-9+/=]+)\\)|(\\d+) 0 R)`).exec(text);
  const value =
    entry?.[1] ??
    (entry?.[2]
      ? new RegExp(`(?:^|\\s)${entry[2]} 0 obj\\s*\\(([A-Za-z0-9+/=]+)\\)\\s*endobj`).exec(text)?.[1]
      : undefined);
  if (!value) return undefined;
  try {
    return JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as ReportSignature;
  } catch {
    return undefined;
  }
}
