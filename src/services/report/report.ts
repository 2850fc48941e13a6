/**
 * The enterprise credit report (企业信用报告) as data: the JSON form, from which the HTML page and the PDF
 * are rendered, so the three forms always say the same thing. Its sections follow 《公共信用信息报告标准》
 * (DOMAIN.md §5) and what 001 §二(五) asks a report to carry: the score composition, each indicator's points and
 * weight, the enterprise's information by dimension, and an objective description of its credit.
 */

import type { HashAlgorithm, SignatureAlgorithm } from '../crypto/crypto-suite.ts';

/** Version of this structure; a consumer of the JSON form checks it. */
export const REPORT_FORMAT = 'xinping-credit-report/1';

/**
 * full: for the enterprise itself and officials; public: for publication (公示) or handing on to third parties,
 * only information that is public by law (see report-profile.yaml public_kinds and buildReport).
 */
export const REPORT_AUDIENCES = ['full', 'public'] as const;
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

export const REPORT_AUDIENCE_LABELS: Record<ReportAudience, string> = { full: '完整版', public: '公示版' };

export interface ReportEnterprise {
  name: string;
  uscc: string;
  /** 登记管理部门 · 机构类别, as the code states them. */
  entityType: string | null;
  /** Masked (张*明); null in the public version. */
  legalRepresentative: string | null;
  /** "I65 软件和信息技术服务业". */
  industry: string | null;
  regionCode: string | null;
  /** The region's name (GB/T 2260) when the catalog lists the code: "鄂州市华容区". */
  regionName: string | null;
  registeredOn: string | null;
  status: string;
  tiers: string[];
  incubator: string | null;
}

export interface ReportEvaluation {
  asOf: string;
  /** "huarong-sci-tech/v1". */
  modelVersion: string;
  modelTitle: string;
  modelDigest: string;
  score: number;
  scoreMax: number;
  grade: string;
  gradeLabel: string;
  gradeDescription: string;
  samr: { class: string; label: string };
  /** The grade the score alone gives; differs from `grade` when a veto capped it. */
  gradeBeforeVetoes: string;
  vetoes: { label: string; capGrade: string; reference: string }[];
  /** The grade table of the model, best first (minScore null on the catch-all row). */
  grades: { grade: string; label: string; minScore: number | null }[];
  /** Fingerprint of the evaluation's inputs (reproducibility); null in the public version. */
  fingerprint: string | null;
}

export interface ReportDimension {
  id: string;
  label: string;
  weight: number;
  base: number;
  /** The dimension's score range (the chart's scale). */
  min: number;
  max: number;
  points: number;
  score: number;
  contribution: number;
}

export interface ReportIndicator {
  id: string;
  label: string;
  dimension: string;
  dimensionLabel: string;
  /** The value as shown (“2 件”, “A”, “10.27%”); “—” in the public version when it comes from non-public sources. */
  value: string;
  points: number;
  weight: number;
  contribution: number;
  /** Records the indicator counted; null in the public version when they come from non-public sources. */
  recordCount: number | null;
  reference: string;
}

export interface ReportPublicity {
  level: string;
  /** 公示中, 可申请修复, 公示期满, 已修复, 已撤销. */
  status: string;
  repairableFrom: string | null;
  publicUntil: string | null;
}

export interface ReportRecord {
  id: number;
  kind: string;
  kindLabel: string;
  category: string;
  /** 文号 / 编号 (decision, case, certificate or patent number), or null when the kind has none. */
  number: string | null;
  summary: string;
  /** Short name of the source department (区市场监管局). */
  department: string;
  occurredOn: string | null;
  endsOn: string | null;
  /** 有效, 已撤销, 已修复, 已移出. */
  status: string;
  /** Counts as negative information on the as-of date (never true for repaired, revoked or expired records). */
  isNegative: boolean;
  publicity: ReportPublicity | null;
  /** 异议中, 已修复, 已撤销, 公示期满, 可申请修复, 即将期满 … */
  marks: string[];
  /** How it counted: “扣分:一般失信行政处罚”, “加分:有效发明专利”; null when it did not count. */
  effect: string | null;
  /** Ids of the indicators whose points it moved. */
  countedBy: string[];
}

export interface ReportCategory {
  /** 行政管理信息, 司法信息 … (catalog record-kinds.yaml category). */
  category: string;
  records: ReportRecord[];
}

/** The objective description (客观描述), in plain Chinese, generated from the trace. */
export interface ReportDescription {
  summary: string;
  dimensions: string;
  raised: string[];
  lowered: string[];
  vetoes: string[];
  leavingPublicity: string[];
  advice: string[];
}

export interface CreditReport {
  format: typeof REPORT_FORMAT;
  audience: ReportAudience;
  audienceLabel: string;
  title: string;
  subtitle: string;
  /** XP-420703-20261121-000123. */
  number: string;
  /** Issue date in China (Asia/Shanghai), YYYY-MM-DD. */
  issuedOn: string;
  issuedAt: string;
  issuer: { name: string; platform: string };
  enterprise: ReportEnterprise;
  evaluation: ReportEvaluation;
  dimensions: ReportDimension[];
  indicators: ReportIndicator[];
  /** Current information by category (negative records only while published). */
  categories: ReportCategory[];
  /**
   * Records that no longer count (repaired, revoked, removed, past publicity): listed in the full version so the
   * enterprise sees them, never as negative information (001 §二(四)); empty in the public version.
   */
  inactiveRecords: ReportRecord[];
  description: ReportDescription;
  notes: { objection: string; repair: string; use: string; verification: string };
  /**
   * How to verify: the public path (/verify/<number>?code=<code>), the code (an HMAC over the number, USCC, issue
   * date, grade, score and digest, see verification-code.ts) and the digest of everything above (the report with
   * `verification` left out).
   */
  verification: { path: string; code: string; digest: string; signature: ReportSignature };
}

/** The facts a report's signature covers: checked offline by `xinping report verify FILE`. */
export interface SignedReportFacts {
  format: 'xinping-report-signature/1';
  number: string;
  uscc: string;
  enterpriseName: string;
  issuedOn: string;
  asOf: string;
  audience: ReportAudience;
  grade: string;
  score: number;
  /** SM3 (or SHA-256 under the international suite) of the report data: everything but `verification`. */
  digestAlgorithm: HashAlgorithm;
  contentDigest: string;
}

/** The platform's signature over the canonical JSON of `facts`, with the public key to check it. */
export interface ReportSignature {
  algorithm: SignatureAlgorithm;
  /** Base64 DER. */
  value: string;
  publicKey: string;
  publicKeyFingerprint: string;
  facts: SignedReportFacts;
}
