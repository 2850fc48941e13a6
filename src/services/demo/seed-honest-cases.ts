import type { Kysely } from 'kysely';
import { listMostHonouredEnterprises } from '../../store/record.repository.ts';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { loadPublicDisclosureRules } from '../public-portal/public-disclosure-rules.ts';
import { publishHonestCase } from '../public-portal/publish-honest-case.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';

/** How many demo cases the public portal starts with, and their titles (the name goes first). */
const DEMO_CASES = 4;
const DEMO_TITLES = ['守信践诺，创新发展', '诚信经营，以信促融', '守合同重信用，科技强企', '信用赋能，专精特新'];

/**
 * A few 诚信典型案例 for the demo district's public portal (001 §二(九)): the enterprises holding an eligible grade
 * (catalog/public-disclosure.yaml) with the most honours on record, published through the same audited use case an
 * administrator uses. The text states only what the records show, and says it is demo data. Run after the model is
 * published (grades exist); does nothing when cases exist already.
 */
export async function seedHonestCases(db: Kysely<Database>): Promise<number> {
  const existing = await db.selectFrom('honest_cases').select('id').limit(1).executeTakeFirst();
  if (existing) return 0;
  const { eligibleGrades } = loadPublicDisclosureRules().honestCases;
  const candidates = await listMostHonouredEnterprises(db, eligibleGrades, DEMO_CASES);
  const tiers = new Map(loadCatalog().tiers.map((tier) => [tier.code, tier.label]));
  let published = 0;
  for (const [index, candidate] of candidates.entries()) {
    const tierText = candidate.tiers.map((code) => tiers.get(code) ?? code).join('、');
    const honours = candidate.honours
      .slice(0, 3)
      .map((name) => `“${name}”`)
      .join('、');
    const patents = Number(candidate.invention_patents);
    const story = [
      `${candidate.name}${candidate.registered_on ? `成立于 ${candidate.registered_on.slice(0, 4)} 年` : ''}${tierText ? `，是${tierText}` : ''}。`,
      `企业获得${honours}${candidate.honours.length > 3 ? `等 ${candidate.honours.length} 项` : ''}荣誉表彰${patents > 0 ? `，拥有有效发明专利 ${patents} 件` : ''}，现行信用评价等级为 ${candidate.grade} 级。`,
      '企业坚持诚信经营、守合同重信用，以良好的信用记录享受绿色通道、容缺受理、“免打扰”等守信激励措施。',
      '（演示数据：案例由演示数据生成，不代表真实企业。）',
    ].join('');
    await publishHonestCase(db, {
      uscc: candidate.uscc,
      title: `${candidate.name}：${DEMO_TITLES[index % DEMO_TITLES.length]}`,
      story,
      actor: DEMO_OPERATOR,
    });
    published += 1;
  }
  return published;
}

/** One line for the start banner. */
export function describeHonestCases(published: number): string {
  return `诚信典型案例：已在公众门户发布 ${published} 个演示案例\n`;
}
