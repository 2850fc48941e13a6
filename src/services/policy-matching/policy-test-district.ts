import type { Kysely } from 'kysely';
import type { NormalizedRecord, RecordStatus } from '../../domain/record.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

/**
 * A small district for policy tests (not a test file: shared by the service, HTTP and CLI tests), as of 2026-11-01:
 * - 甲 (a): 高新技术企业 and 科技型中小企业, grade A, C39, founded 2018, certified 2026-05-10, two valid invention
 *   patents, tax rating A, R&D reported 2026-03;
 * - 乙 (b): 科技型中小企业 in incubator INC01, grade C, I65, founded 2024-06-01, still on the 经营异常名录, and a
 *   repaired penalty (which never counts again);
 * - 丙 (c): like 甲 but deregistered (注销);
 * - 丁 (d): 科技型中小企业, never evaluated.
 */
export const DISTRICT_AS_OF = '2026-11-01';

export interface PolicyDistrict {
  a: string;
  b: string;
  c: string;
  d: string;
  idOf(uscc: string): Promise<number>;
}

const usccOf = (body: string) => makeUscc(`91420703${makeOrganizationCode(body)}`);

export async function seedPolicyDistrict(db: Kysely<Database>): Promise<PolicyDistrict> {
  const [a, b, c, d] = ['MA4P0001', 'MA4P0002', 'MA4P0003', 'MA4P0004'].map(usccOf) as [string, string, string, string];
  await registerEnterprises(
    db,
    '测试',
    [
      {
        uscc: a,
        name: '鄂州甲芯科技有限公司',
        legalRepresentative: null,
        status: '存续',
        industryCode: 'C3982',
        registeredOn: '2018-03-01',
        tiers: ['high_tech', 'tech_sme'],
      },
      {
        uscc: b,
        name: '鄂州乙云软件有限公司',
        legalRepresentative: null,
        status: '存续',
        industryCode: 'I6513',
        registeredOn: '2024-06-01',
        tiers: ['tech_sme'],
        incubator: 'INC01',
      },
      {
        uscc: c,
        name: '鄂州丙光电有限公司',
        legalRepresentative: null,
        status: '注销',
        industryCode: 'C3982',
        registeredOn: '2016-01-01',
        tiers: ['high_tech', 'tech_sme'],
      },
      {
        uscc: d,
        name: '鄂州丁新材料有限公司',
        legalRepresentative: null,
        status: '存续',
        industryCode: 'C2929',
        registeredOn: '2020-01-01',
        tiers: ['tech_sme'],
      },
    ],
    { today: DISTRICT_AS_OF },
  );
  const names: Record<string, string> = {
    [a]: '鄂州甲芯科技有限公司',
    [b]: '鄂州乙云软件有限公司',
    [c]: '鄂州丙光电有限公司',
    [d]: '鄂州丁新材料有限公司',
  };
  let row = 1;
  const record = (
    uscc: string,
    kind: string,
    key: string,
    values: {
      status?: RecordStatus;
      occurredOn: string;
      endsOn?: string | null;
      subtype?: string;
      grade?: string;
      fields?: Record<string, unknown>;
    },
  ): NormalizedRecord => ({
    sourceRow: (row += 1),
    subjectUscc: uscc,
    subjectName: names[uscc]!,
    kind,
    naturalKey: key,
    departmentCode: '',
    status: values.status ?? 'active',
    occurredOn: values.occurredOn,
    endsOn: values.endsOn ?? null,
    level: null,
    subtype: values.subtype ?? null,
    grade: values.grade ?? null,
    amount: null,
    quantity: null,
    fields: { subject_uscc: uscc, subject_name: names[uscc], ...values.fields },
  });
  const commit = async (department: string, kind: string, records: NormalizedRecord[]) => {
    const list = records.map((item) => ({ ...item, departmentCode: department }));
    await commitBatch(
      db,
      {
        departmentCode: department,
        kind,
        fileName: `${kind}.json`,
        fileHash: `${kind}-${department}`,
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [list],
      () => ({ commit: true, totalRows: list.length, rejectedRows: 0 }),
    );
  };
  for (const uscc of [a, c]) {
    await commit('kjj', 'high_tech_certification', [
      record(uscc, 'high_tech_certification', `GR2026${uscc.slice(-4)}`, {
        occurredOn: '2026-05-10',
        endsOn: '2029-05-09',
      }),
    ]);
    await commit('scjg', 'patent', [
      record(uscc, 'patent', `ZL1-${uscc}`, {
        occurredOn: '2023-04-01',
        endsOn: '2043-03-31',
        subtype: '发明',
        fields: { legal_status: '有效' },
      }),
      record(uscc, 'patent', `ZL2-${uscc}`, {
        occurredOn: '2024-09-01',
        endsOn: '2044-08-31',
        subtype: '发明',
        fields: { legal_status: '质押' },
      }),
      record(uscc, 'patent', `ZL3-${uscc}`, {
        occurredOn: '2022-01-01',
        endsOn: '2032-12-31',
        subtype: '实用新型',
        fields: { legal_status: '有效' },
      }),
    ]);
    await commit('tax', 'tax_credit_rating', [
      record(uscc, 'tax_credit_rating', `${uscc}|2025`, { occurredOn: '2026-04-01', grade: 'A' }),
    ]);
    await commit('kjj', 'rnd_investment', [
      record(uscc, 'rnd_investment', `${uscc}|2025`, { occurredOn: '2026-03-01' }),
    ]);
  }
  await commit('scjg', 'abnormal_operation', [
    record(b, 'abnormal_operation', `${b}|2026-02-01`, { occurredOn: '2026-02-01', subtype: '未按规定公示年度报告' }),
  ]);
  await commit('scjg', 'administrative_penalty', [
    record(b, 'administrative_penalty', '华市监罚〔2025〕9号|scjg', {
      status: 'repaired',
      occurredOn: '2025-03-01',
      subtype: '罚款',
    }),
  ]);

  // Grades as a published model would have stored them (written directly: the tests are about policies, not scoring).
  const version = await db
    .insertInto('model_versions')
    .values({
      model_id: 'huarong-sci-tech',
      version: 'v1',
      digest: 'test',
      title: 'v1',
      dir: 'models/huarong-sci-tech/v1',
      status: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const idOf = async (uscc: string) => Number((await requireEnterprise(db, uscc)).id);
  const graded: [string, string][] = [
    [a, 'A'],
    [b, 'C'],
    [c, 'A'],
  ];
  for (const [uscc, grade] of graded) {
    await db
      .insertInto('evaluations')
      .values({
        enterprise_id: await idOf(uscc),
        model_version_id: version.id,
        reason: 'test',
        as_of: '2026-10-31',
        score: 80,
        grade,
        vetoes: null,
        dimension_scores: Buffer.alloc(0),
        indicator_points: Buffer.alloc(0),
        fingerprint: 'f',
        result_hash: 0,
      })
      .execute();
  }
  return { a, b, c, d, idOf };
}

/** Stores another evaluation of an enterprise, as a re-evaluation would (its grade becomes current). */
export async function setGrade(db: Kysely<Database>, enterpriseId: number, grade: string, asOf: string): Promise<void> {
  const version = await db
    .selectFrom('model_versions')
    .select('id')
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('evaluations')
    .values({
      enterprise_id: enterpriseId,
      model_version_id: version.id,
      reason: 'test',
      as_of: asOf,
      score: 60,
      grade,
      vetoes: null,
      dimension_scores: Buffer.alloc(0),
      indicator_points: Buffer.alloc(0),
      fingerprint: 'f',
      result_hash: 0,
    })
    .execute();
}
