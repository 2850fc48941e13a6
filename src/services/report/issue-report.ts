import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { resolveAsOf } from '../evaluation/as-of.ts';
import { buildReport } from './build-report.ts';
import { requirePublishedModel } from '../evaluation/published-model.ts';
import { evaluateForReport } from './evaluate-for-report.ts';
import { findRecordsUnderObjection } from './find-records-under-objection.ts';
import { loadReportSubject } from './load-report-subject.ts';
import type { CreditReport, ReportAudience } from './report.ts';
import { formatReportNumber } from './report-number.ts';
import { loadReportProfile } from './report-profile.ts';
import { reportDigest, signReport, type ReportKeys } from './sign-report.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface IssueReportRequest {
  uscc: string;
  audience: ReportAudience;
  /** The evaluation's as-of date (YYYY-MM-DD); the issue date when left out. */
  asOf?: string;
  /** Who issues it (account or operator): kept with the issued report and in the audit trail. */
  issuedBy: string;
  /** The moment of issue; now when left out (tests pass a fixed one). */
  now?: Date;
}

// Serialises the numbering of reports (any constant works; it only has to differ from the audit trail's).
const REPORT_NUMBER_LOCK_KEY = 7_263_005;

/**
 * Issues a credit report: evaluates the enterprise with the published model as of the date asked for (the evaluation
 * service stores that evaluation), reads its records in the same state the evaluation read them, builds the report
 * for the audience, gives it the next number of the day, signs it, and records the issued report with a
 * `report.issued` audit event in one transaction. Every report handed out, in any format, is issued this way: a
 * number identifies exactly one report, and /verify/{number} can confirm it.
 * One number per enterprise, evaluation and audience per day: asked again the same day with the same
 * evaluation (fingerprint) and the same content, the report issued first is rebuilt and returned with its number
 * and stored signature, and nothing new is recorded.
 */
export async function issueReport(
  db: Kysely<Database>,
  keys: ReportKeys,
  request: IssueReportRequest,
): Promise<CreditReport> {
  const issuedAt = request.now ?? new Date();
  const issuedOn = todayInDistrict(issuedAt);
  const asOf = resolveAsOf(request.asOf ?? issuedOn, issuedOn);
  const published = await requirePublishedModel(db);
  const model = published.compiled.model;
  if (asOf.asOf < model.evaluableFrom)
    throw new AppError('INVALID_INPUT', `评价基准日 ${asOf.asOf} 早于评价模型可评价的最早日期 ${model.evaluableFrom}`);

  const subject = await loadReportSubject(db, request.uscc, asOf.recordedBefore);
  const evaluation = await evaluateForReport(db, {
    enterprise: subject.enterprise,
    published,
    asOf: asOf.asOf,
    issuedOn,
  });
  const recordsUnderObjection = await findRecordsUnderObjection(db, subject.enterprise.id);
  const profile = loadReportProfile();

  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${REPORT_NUMBER_LOCK_KEY})`.execute(trx);
    const earlier = await trx
      .selectFrom('issued_reports')
      .select(['number', 'issued_at', 'content_digest', 'signature'])
      .where('enterprise_id', '=', subject.enterprise.id)
      .where('audience', '=', request.audience)
      .where('issued_on', '=', issuedOn)
      .where('as_of', '=', asOf.asOf)
      .where('fingerprint', '=', evaluation.fingerprint)
      .where('public_key_fingerprint', '=', keys.signing.fingerprint)
      .orderBy('sequence', 'desc')
      .executeTakeFirst();
    if (earlier?.signature) {
      const again = buildReport({
        subject,
        evaluation,
        model,
        audience: request.audience,
        number: earlier.number,
        issuedAt: new Date(earlier.issued_at),
        recordsUnderObjection,
      });
      if (reportDigest(again) === earlier.content_digest)
        return signReport(again, keys, profile.verifyPath, earlier.signature);
    }
    const last = await trx
      .selectFrom('issued_reports')
      .select((eb) => eb.fn.max('sequence').as('sequence'))
      .where('issued_on', '=', issuedOn)
      .executeTakeFirst();
    const sequence = Number(last?.sequence ?? 0) + 1;
    const number = formatReportNumber(profile.number, issuedOn, sequence);
    const unsigned = buildReport({
      subject,
      evaluation,
      model,
      audience: request.audience,
      number,
      issuedAt,
      recordsUnderObjection,
    });
    const report = signReport(unsigned, keys, profile.verifyPath);
    await trx
      .insertInto('issued_reports')
      .values({
        number,
        issued_on: issuedOn,
        sequence,
        enterprise_id: subject.enterprise.id,
        uscc: report.enterprise.uscc,
        enterprise_name: report.enterprise.name,
        audience: request.audience,
        model_version: evaluation.modelVersion,
        as_of: asOf.asOf,
        score: evaluation.score,
        grade: evaluation.grade,
        grade_label: evaluation.gradeLabel,
        fingerprint: evaluation.fingerprint,
        content_digest: report.verification.digest,
        issued_at: issuedAt.toISOString(),
        issued_by: request.issuedBy,
        signature: report.verification.signature.value,
        signature_algorithm: report.verification.signature.algorithm,
        public_key_fingerprint: report.verification.signature.publicKeyFingerprint,
      })
      .execute();
    await appendAuditEvent(trx, {
      actor: request.issuedBy,
      action: 'report.issued',
      subjectType: 'report',
      subjectId: number,
      payload: {
        uscc: report.enterprise.uscc,
        audience: request.audience,
        asOf: asOf.asOf,
        modelVersion: evaluation.modelVersion,
        grade: evaluation.grade,
        score: evaluation.score,
        fingerprint: evaluation.fingerprint,
        digest: report.verification.digest,
        signatureAlgorithm: report.verification.signature.algorithm,
        contentDigest: report.verification.signature.facts.contentDigest,
      },
    });
    return report;
  });
}
