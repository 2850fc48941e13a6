import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import { loadPublicDisclosureFile, type PublicDisclosureFile } from '../../catalog/public-disclosure.ts';
import { AppError } from '../../domain/app-error.ts';

/** catalog/public-disclosure.yaml as typed data (public portal): what the public may see, and until when. */

export const DISCLOSURE_BASES = ['valid_license', 'publicity_window'] as const;
export type DisclosureBasis = (typeof DISCLOSURE_BASES)[number];

export interface DisclosedKind {
  kind: RecordKind;
  basis: DisclosureBasis;
  /** valid_license: the field holding the reported status, and the statuses under which the record is published. */
  statusField: string | null;
  publishedStatuses: string[];
  numberField: string;
  summaryField: string;
  authorityField: string;
  /** The only fields the public sees, in this order, with their catalog headers. */
  publicFields: Array<{ key: string; header: string; type: string }>;
  reference: string;
}

export interface PublicDisclosureRules {
  doublePublicity: {
    reference: string;
    subjectCategoryField: string;
    excludedSubjectCategories: string[];
    kinds: DisclosedKind[];
  };
  grades: { isPublished: boolean; publishedGrades: string[]; reference: string };
  inspectionResults: {
    kind: string;
    numberField: string;
    planField: string;
    outcomeField: string;
    authorityField: string;
    reference: string;
  };
  honestCases: { eligibleGrades: string[]; reference: string };
}

const FILE_LABEL = 'catalog/public-disclosure.yaml';
let cached: PublicDisclosureRules | undefined;

export function loadPublicDisclosureRules(): PublicDisclosureRules {
  cached ??= parsePublicDisclosureRules(loadPublicDisclosureFile());
  return cached;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * Validates the file against the record catalog. A field that is not in the catalog, or that holds personal data,
 * stops the platform from publishing instead of publishing the wrong thing.
 */
export function parsePublicDisclosureRules(raw: PublicDisclosureFile): PublicDisclosureRules {
  const fail = (what: string): never => {
    throw new AppError('INTERNAL', `${FILE_LABEL}：${what}`);
  };
  const catalog = loadCatalog();
  const fieldOf = (kind: RecordKind, key: unknown, where: string) => {
    const field =
      kind.fields.find((item) => item.key === key) ??
      fail(`${where} 的字段“${String(key)}”不是${kind.label}记录的字段`);
    if (field.personal) fail(`${where} 的字段“${field.header}”是个人信息，不得公开`);
    return field;
  };

  const double = raw?.double_publicity ?? fail('缺少 double_publicity');
  const subjectCategoryField = String(
    double.subject_category_field ?? fail('缺少 double_publicity.subject_category_field'),
  );
  const kinds: DisclosedKind[] = (double.kinds ?? []).map((item: any, index: number) => {
    const where = `double_publicity.kinds[${index}]`;
    const kind = catalog.kind(item.kind) ?? fail(`${where} 的记录类别“${item.kind}”不在信用信息目录中`);
    if (!(DISCLOSURE_BASES as readonly string[]).includes(item.basis))
      fail(`${where}.basis 应为 ${DISCLOSURE_BASES.join(' 或 ')}，实际为“${item.basis}”`);
    fieldOf(kind, subjectCategoryField, 'double_publicity.subject_category_field');
    const statusField =
      item.basis === 'valid_license' ? fieldOf(kind, item.status_field, `${where}.status_field`).key : null;
    if (item.basis === 'valid_license' && strings(item.published_statuses).length === 0)
      fail(`${where}.published_statuses 不能为空`);
    if (!item.reference) fail(`${where} 须写明 reference`);
    return {
      kind,
      basis: item.basis,
      statusField,
      publishedStatuses: strings(item.published_statuses),
      numberField: fieldOf(kind, item.number_field, `${where}.number_field`).key,
      summaryField: fieldOf(kind, item.summary_field, `${where}.summary_field`).key,
      authorityField: fieldOf(kind, item.authority_field, `${where}.authority_field`).key,
      publicFields: strings(item.public_fields).map((key) => {
        const field = fieldOf(kind, key, `${where}.public_fields`);
        return { key: field.key, header: field.header, type: field.type };
      }),
      reference: String(item.reference),
    };
  });
  if (kinds.length === 0) fail('double_publicity.kinds 不能为空');

  const grades = raw.grades ?? fail('缺少 grades');
  if (typeof grades.published !== 'boolean') fail('grades.published 应为 true 或 false');

  const inspections = raw.inspection_results ?? fail('缺少 inspection_results');
  const inspectionKind =
    catalog.kind(inspections.kind) ?? fail(`inspection_results.kind“${inspections.kind}”不在信用信息目录中`);
  const inspectionField = (key: 'number_field' | 'plan_field' | 'outcome_field' | 'authority_field') =>
    fieldOf(inspectionKind, inspections[key], `inspection_results.${key}`).key;

  const cases = raw.honest_cases ?? fail('缺少 honest_cases');
  if (strings(cases.eligible_grades).length === 0) fail('honest_cases.eligible_grades 不能为空');

  return {
    doublePublicity: {
      reference: String(double.reference),
      subjectCategoryField,
      excludedSubjectCategories: strings(double.excluded_subject_categories),
      kinds,
    },
    grades: {
      isPublished: grades.published,
      publishedGrades: strings(grades.published_grades),
      reference: String(grades.reference),
    },
    inspectionResults: {
      kind: inspectionKind.code,
      numberField: inspectionField('number_field'),
      planField: inspectionField('plan_field'),
      outcomeField: inspectionField('outcome_field'),
      authorityField: inspectionField('authority_field'),
      reference: String(inspections.reference),
    },
    honestCases: { eligibleGrades: strings(cases.eligible_grades), reference: String(cases.reference) },
  };
}
