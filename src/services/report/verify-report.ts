import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { normalizeReportNumber } from './report-number.ts';
import { computeVerificationCode, isSameVerificationCode } from './sign-report.ts';

export interface VerifyReportRequest {
  number: string;
  code: string;
  /** The grade printed on the report in hand, to check it as well (optional). */
  grade?: string;
}

/** What the public verification confirms, and nothing else (no score, no records, no audience). */
export interface ReportVerification {
  number: string;
  enterpriseName: string;
  uscc: string;
  issuedOn: string;
  grade: string;
  gradeLabel: string;
  message: string;
}

/**
 * Confirms that a report was issued: the number must name an issued report and the code must be the one the
 * platform computes from that report's stored facts (sign-report.ts). An unknown number and a wrong code get the
 * same answer, so the verification cannot be used to find out which numbers exist. The answer states the issued
 * grade; a grade given with the request that differs from it is refused, naming the issued one, since the report
 * in hand has then been altered.
 */
export async function verifyReport(
  db: Kysely<Database>,
  key: SecretKey,
  request: VerifyReportRequest,
): Promise<ReportVerification> {
  const number = normalizeReportNumber(request.number);
  const row = await db
    .selectFrom('issued_reports')
    .select(['number', 'uscc', 'enterprise_name', 'issued_on', 'grade', 'grade_label', 'score', 'content_digest'])
    .where('number', '=', number)
    .executeTakeFirst();
  const expected =
    row &&
    computeVerificationCode(key, {
      number: row.number,
      uscc: row.uscc,
      issuedOn: row.issued_on,
      grade: row.grade,
      score: row.score,
      digest: row.content_digest,
    });
  if (!row || !expected || !isSameVerificationCode(expected, request.code)) {
    throw new AppError(
      'NOT_FOUND',
      `核验未通过：没有编号为 ${number || request.number}、验证码与之相符的信用报告。请核对报告编号和验证码；仍不相符的，该报告不是本平台签发的，或已被改动。`,
    );
  }
  const claimed = request.grade?.trim().toUpperCase();
  if (claimed && claimed !== row.grade) {
    throw new AppError(
      'NOT_FOUND',
      `核验未通过：报告 ${row.number} 签发时的信用等级为 ${row.grade} 级（${row.grade_label}），与所填的 ${claimed} 级不符，所持报告已被改动。`,
    );
  }
  return {
    number: row.number,
    enterpriseName: row.enterprise_name,
    uscc: row.uscc,
    issuedOn: row.issued_on,
    grade: row.grade,
    gradeLabel: row.grade_label,
    message: `核验通过：报告 ${row.number} 由本平台于 ${row.issued_on} 为${row.enterprise_name}（统一社会信用代码 ${row.uscc}）签发，信用等级 ${row.grade} 级（${row.grade_label}）。`,
  };
}
