import type { Kysely } from 'kysely';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { insertModelVersion } from '../../store/evaluation.repository.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';

/**
 * A small district: 12 software firms (I65, 科技型中小企业) and 3 optoelectronics firms (C39), fewer than the
 * method's minimum group of 10. Evaluations are stored with the instant they were stored, as the platform would have.
 */
export async function createIndexDistrict(db: Kysely<Database>) {
  const firms = Array.from({ length: 15 }, (_, index) => ({
    uscc: makeUscc(`91420703${makeOrganizationCode(`MA4C${String(index).padStart(4, '0')}`)}`),
    name: `鄂州指数测试${index}有限公司`,
    status: '存续',
    industryCode: index < 12 ? 'I6513' : 'C3911',
    registeredOn: '2020-01-01',
    tiers: index < 12 ? ['tech_sme'] : [],
  }));
  await registerEnterprises(db, '测试', firms, { today: '2025-01-01' });
  const rows = await findEnterpriseRefsByUscc(
    db,
    firms.map((firm) => firm.uscc),
  );
  const idOf = new Map(rows.map((row) => [row.uscc, Number(row.id)]));
  const enterpriseIds = firms.map((firm) => idOf.get(firm.uscc)!);
  const model = await insertModelVersion(db, {
    modelId: 'huarong-sci-tech',
    version: 'v1',
    digest: 'index-test',
    title: '测试模型',
    dir: 'models/huarong-sci-tech/v1',
    status: 'draft',
  });
  /** Stores an evaluation of firm `index` as of a day, at noon of the day it was stored (China Standard Time). */
  async function storeEvaluation(
    index: number,
    values: { asOf: string; storedOn?: string; score: number; grade: string },
  ): Promise<void> {
    await db
      .insertInto('evaluations')
      .values({
        enterprise_id: enterpriseIds[index]!,
        model_version_id: model.id,
        run_id: null,
        reason: 'evaluate',
        as_of: values.asOf,
        score: values.score,
        grade: values.grade,
        vetoes: null,
        dimension_scores: Buffer.alloc(0),
        indicator_points: Buffer.alloc(0),
        fingerprint: 'test',
        result_hash: 0,
        evaluated_at: `${values.storedOn ?? values.asOf}T12:00:00+08:00`,
      })
      .execute();
  }
  /** January: software firms 8 × A 90, 3 × B 75.50, 1 × D 40.25; optoelectronics 3 × B 72. */
  async function storeJanuary(): Promise<void> {
    for (let index = 0; index < 15; index += 1) {
      const [score, grade] = index < 8 ? [90, 'A'] : index < 11 ? [75.5, 'B'] : index === 11 ? [40.25, 'D'] : [72, 'B'];
      await storeEvaluation(index, { asOf: '2025-01-10', score, grade });
    }
  }
  return { enterpriseIds, storeEvaluation, storeJanuary };
}
