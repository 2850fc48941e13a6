import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCatalog } from '../../catalog/catalog.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { validateUscc } from '../../domain/uscc.ts';
import { addYears } from './demo-dates.ts';
import { loadDemoProfile } from './demo-profile.ts';
import { planDemo, type DemoPlan } from './generate-demo.ts';

// The default district, decided in memory (no store): what `xinping demo` and `xinping start` will write.
describe('the default demo district', () => {
  let plan: DemoPlan;
  before(() => {
    plan = planDemo({});
  });

  test('has 2,000 enterprises as of the documented reference date 2026-11-01', () => {
    assert.equal(plan.enterprises.length, 2000);
    assert.equal(plan.asOf, '2026-11-01');
    assert.equal(loadDemoProfile().referenceDate, '2026-11-01');
  });

  test('gives every enterprise a valid 华容区 USCC, except the few legacy codes that fail only the check character', () => {
    const codes = new Set<string>();
    for (const enterprise of plan.enterprises) {
      assert.equal(enterprise.uscc.slice(0, 8), '91420703', enterprise.uscc);
      const validation = validateUscc(enterprise.uscc, loadUsccAuthorities());
      if (enterprise.isLegacyCode) assert.equal(validation.failure, 'check', enterprise.uscc);
      else assert.equal(validation.valid, true, `${enterprise.uscc}: ${validation.reason}`);
      codes.add(enterprise.uscc);
    }
    assert.equal(codes.size, 2000);
    assert.equal(
      plan.enterprises.filter((enterprise) => enterprise.isLegacyCode).length,
      loadDemoProfile().enterprises.legacyCodes,
    );
  });

  test('names are unique, plausible company names of 鄂州 and 华容', () => {
    const names = plan.enterprises.map((enterprise) => enterprise.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of names) {
      assert.match(name, /^(鄂州|鄂州市|湖北|华容|鄂州华容|湖北华容|葛店|红莲湖).{2,}(有限公司|有限责任公司)$/, name);
      assert.doesNotMatch(name, /(科技科技|技术技术|技术科技)/, name);
    }
  });

  test('registration dates run from 2005 to the reference date, with more young firms than old ones', () => {
    const dates = plan.enterprises.map((enterprise) => enterprise.registeredOn).sort();
    assert.ok(dates[0]! >= '2005-01-01' && dates.at(-1)! <= plan.asOf);
    const recent = dates.filter((date) => date >= '2021-01-01').length;
    const early = dates.filter((date) => date < '2010-01-01').length;
    assert.ok(recent > early, `${recent} since 2021, ${early} before 2010`);
  });

  test('the tier ladder is realistic: most 科技型中小企业, fewer 高新, few 专精特新, very few 小巨人 and 瞪羚', () => {
    const count = (tier: string) => plan.enterprises.filter((enterprise) => enterprise.tiers.includes(tier)).length;
    assert.ok(count('tech_sme') > 1500);
    assert.ok(count('high_tech') > 300 && count('high_tech') < 600);
    assert.ok(count('specialized_sme') < count('high_tech') && count('specialized_sme') > 50);
    assert.ok(count('little_giant') > 0 && count('little_giant') < 40);
    assert.ok(count('gazelle') > 0 && count('gazelle') < 80);
    for (const enterprise of plan.enterprises) {
      if (enterprise.tiers.includes('little_giant'))
        assert.ok(enterprise.tiers.includes('specialized_sme'), enterprise.name);
    }
  });

  test('about 30% of firms sit in one of the 17 incubators, and industries come from the catalog', () => {
    const catalog = loadCatalog();
    const incubated = plan.enterprises.filter((enterprise) => enterprise.incubatorCode !== null);
    assert.ok(incubated.length > 450 && incubated.length < 750, `${incubated.length} incubated`);
    for (const enterprise of incubated)
      assert.ok(catalog.incubators.some((incubator) => incubator.code === enterprise.incubatorCode));
    for (const enterprise of plan.enterprises)
      assert.ok(Object.hasOwn(catalog.industryDivisions, enterprise.industryCode), enterprise.industryCode);
  });

  test('every record kind comes from every department allowed to send it', () => {
    for (const kind of loadCatalog().kinds) {
      const rows = plan.rows.get(kind.code) ?? [];
      for (const department of kind.departments) {
        assert.ok(
          rows.some((row) => row.departmentCode === department),
          `${kind.label} has no rows from ${department}`,
        );
      }
    }
  });

  test('every record is dated within the five years before the reference date', () => {
    const windowStart = addYears(plan.asOf, -5);
    for (const kind of loadCatalog().kinds) {
      const dateField = kind.fields.find((field) => field.role === 'occurred_on')!;
      for (const row of plan.rows.get(kind.code)!) {
        const date = String(row.values[dateField.key]);
        assert.ok(date >= windowStart && date <= plan.asOf, `${kind.code} ${dateField.key} ${date}`);
      }
    }
  });

  test('rates are realistic: about 8% of firms penalised, 1–2% still on the 经营异常名录, a handful on the serious lists', () => {
    const firmsWith = (kind: string, filter: (values: Record<string, unknown>) => boolean = () => true) =>
      new Set(
        plan.rows
          .get(kind)!
          .filter((row) => filter(row.values))
          .map((row) => row.values.subject_uscc),
      ).size;
    const penalised = firmsWith('administrative_penalty');
    assert.ok(penalised > 100 && penalised < 240, `${penalised} firms penalised`);
    const stillListed = firmsWith('abnormal_operation', (values) => values.removed_on === null);
    assert.ok(stillListed >= 20 && stillListed <= 50, `${stillListed} firms still listed`);
    assert.ok(firmsWith('serious_dishonesty_list') >= 5 && firmsWith('serious_dishonesty_list') <= 12);
    assert.ok(firmsWith('dishonest_judgment_debtor') >= 3 && firmsWith('dishonest_judgment_debtor') <= 15);
  });

  test('tax ratings are mostly A and B, and patents concentrate in 高新技术企业', () => {
    const ratings = plan.rows.get('tax_credit_rating')!.map((row) => row.values.rating);
    const share = (grade: string) => ratings.filter((rating) => rating === grade).length / ratings.length;
    assert.ok(share('A') + share('B') > 0.7, `A+B ${share('A') + share('B')}`);
    assert.ok(share('D') > 0 && share('D') < 0.08);
    const highTech = new Set(
      plan.enterprises
        .filter((enterprise) => enterprise.tiers.includes('high_tech'))
        .map((enterprise) => enterprise.uscc),
    );
    const patents = plan.rows.get('patent')!;
    const ofHighTech = patents.filter((row) => highTech.has(String(row.values.subject_uscc))).length;
    assert.ok(ofHighTech / highTech.size > 3 * ((patents.length - ofHighTech) / (2000 - highTech.size)));
  });

  test('the awkward cases are all there: corrections, repairs, revocations, 长期 licences, legacy codes, unregistered subjects', () => {
    const later = plan.rows
      .get('administrative_penalty')!
      .map((row) => row.later?.change)
      .filter(Boolean);
    const { awkward } = loadDemoProfile();
    assert.equal(later.filter((change) => change === 'corrected').length, awkward.correctedPenalties);
    assert.equal(later.filter((change) => change === 'repaired').length, awkward.repairedPenalties);
    assert.equal(later.filter((change) => change === 'revoked').length, awkward.revokedPenalties);
    assert.ok(plan.rows.get('administrative_license')!.some((row) => row.values.valid_to === '2099-12-31'));
    assert.ok(plan.outsiders.length > 0);
    const registered = new Set(plan.enterprises.map((enterprise) => enterprise.uscc));
    for (const outsider of plan.outsiders) assert.ok(!registered.has(outsider.uscc));
    assert.ok(plan.rows.get('credit_commitment')!.some((row) => row.values.commitment_type === '修复型'));
  });
});

describe('planning the demo', () => {
  test('the same seed and as-of date give exactly the same district; another seed gives another', () => {
    const first = JSON.stringify(planDemo({ enterprises: 120, seed: 'abc' }), mapsAsEntries);
    assert.equal(JSON.stringify(planDemo({ enterprises: 120, seed: 'abc' }), mapsAsEntries), first);
    assert.notEqual(JSON.stringify(planDemo({ enterprises: 120, seed: 'abd' }), mapsAsEntries), first);
  });

  test('every date follows the as-of date', () => {
    const plan = planDemo({ enterprises: 120, seed: 'abc', asOf: '2024-03-15' });
    assert.ok(
      plan.enterprises.length > 0 && plan.enterprises.every((enterprise) => enterprise.registeredOn <= '2024-03-15'),
    );
    const penalties = plan.rows.get('administrative_penalty')!;
    assert.ok(penalties.length > 0 && penalties.every((row) => String(row.values.decision_date) <= '2024-03-15'));
  });

  test('bad options are refused in Chinese', () => {
    assert.throws(() => planDemo({ enterprises: 0 }), { userMessage: /企业数量应为 1 到 200000 之间的整数/ });
    assert.throws(() => planDemo({ asOf: '2024-02-30' }), {
      userMessage: /参考日期（--as-of）应为 YYYY-MM-DD 格式的有效日期/,
    });
    assert.throws(() => planDemo({ seed: ' ' }), { userMessage: /种子/ });
    assert.throws(() => planDemo({ asOf: '2005-06-30' }), { userMessage: /不能早于 2006-01-01/ });
  });
});

function mapsAsEntries(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value;
}
