import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalog } from '../catalog/catalog.ts';
import { loadPenaltyLevelsFile } from '../catalog/penalty-levels.ts';
import { loadPublicityRulesFile } from '../catalog/publicity-rules.ts';
import { loadPublicityResolver, loadSharedParameters } from '../engine/load-publicity-rules.ts';
import { isAppError } from './app-error.ts';
import { fromDayNumber, NO_DAY, OPEN_END_DAY, toDayNumber } from './month-arithmetic.ts';
import { computePublicity, PublicityResolver, type PublicityInput } from './publicity.ts';
import { parsePublicityRules } from './publicity-rules.ts';

const resolver = loadPublicityResolver();

function penalty(overrides: Partial<PublicityInput>): PublicityInput {
  return {
    kind: 'administrative_penalty',
    departmentCode: 'tax',
    status: 'active',
    occurredOn: '2024-01-15',
    endsOn: null,
    level: '一般',
    subtype: '罚款',
    amount: 1,
    ...overrides,
  };
}

describe('publicity windows under the general NDRC rules', () => {
  test('a 一般 penalty decided under 527号 can be repaired after three months and is published for one year', () => {
    const window = computePublicity(resolver, penalty({ occurredOn: '2022-06-15' }), '2022-07-01')!;
    assert.equal(window.regime.code, 'ndrc-2019-527');
    assert.equal(window.level, '一般');
    assert.equal(window.repairableFrom, '2022-09-16');
    assert.equal(window.publicUntil, '2023-06-15');
    assert.equal(window.status, '公示中');
  });

  test('the status turns to 可申请修复 on the day after the minimum period and to 公示期满 on the day after the maximum', () => {
    const input = penalty({ occurredOn: '2022-06-15' });
    assert.equal(computePublicity(resolver, input, '2022-09-15')!.status, '公示中');
    assert.equal(computePublicity(resolver, input, '2022-09-16')!.status, '可申请修复');
    assert.equal(computePublicity(resolver, input, '2023-06-15')!.status, '可申请修复');
    assert.equal(computePublicity(resolver, input, '2023-06-16')!.status, '公示期满');
  });

  test('a 严重 penalty decided on 2023-04-30 follows 527号 (six months minimum) and one decided on 2023-05-01 follows 58号令 (one year)', () => {
    const before = computePublicity(resolver, penalty({ level: '严重', occurredOn: '2023-04-30' }), '2023-05-01')!;
    assert.equal(before.regime.code, 'ndrc-2019-527');
    assert.equal(before.repairableFrom, '2023-10-31');
    assert.equal(before.publicUntil, '2026-04-30');
    assert.equal(before.confirmed, true);
    const after = computePublicity(resolver, penalty({ level: '严重', occurredOn: '2023-05-01' }), '2023-05-01')!;
    assert.equal(after.regime.code, 'ndrc-2023-58');
    assert.equal(after.repairableFrom, '2024-05-02');
    assert.equal(after.publicUntil, '2026-05-01');
    assert.equal(after.confirmed, false, '58号令 periods are marked unconfirmed');
  });

  test('a decision on 2026-03-31 follows 58号令 and one on 2026-04-01 follows 《信用修复管理办法》', () => {
    const before = computePublicity(resolver, penalty({ occurredOn: '2026-03-31' }), '2026-04-01')!;
    assert.equal(before.regime.code, 'ndrc-2023-58');
    assert.equal(before.repairableFrom, '2026-07-01');
    assert.equal(before.publicUntil, '2027-03-31');
    const after = computePublicity(resolver, penalty({ occurredOn: '2026-04-01' }), '2026-04-01')!;
    assert.equal(after.regime.code, 'ndrc-2026');
    assert.equal(after.repairableFrom, '2026-07-02');
    assert.equal(after.publicUntil, '2027-04-01');
    assert.equal(after.confirmed, true);
  });

  test('a 轻微 penalty under the 2026 rules is published at most three months and can be repaired from the next day', () => {
    const window = computePublicity(resolver, penalty({ level: '轻微', occurredOn: '2026-05-31' }), '2026-06-01')!;
    assert.equal(window.repairableFrom, '2026-06-01');
    assert.equal(window.publicUntil, '2026-08-31');
    assert.equal(window.status, '可申请修复');
  });

  test('periods ending in a month without the corresponding day end on that month’s last day', () => {
    const window = computePublicity(resolver, penalty({ occurredOn: '2025-11-30' }), '2025-12-01')!;
    assert.equal(window.repairableFrom, '2026-03-01', 'three months after 30 November end on 28 February');
    assert.equal(window.publicUntil, '2026-11-30');
    const leap = computePublicity(resolver, penalty({ occurredOn: '2023-11-30' }), '2023-12-01')!;
    assert.equal(leap.repairableFrom, '2024-03-01', 'three months after 30 November 2023 end on 29 February 2024');
  });

  test('a penalty without a stated level is treated as 一般, and a stated 严重 is kept', () => {
    assert.equal(computePublicity(resolver, penalty({ level: null }), '2024-02-01')!.level, '一般');
    assert.equal(computePublicity(resolver, penalty({ level: '严重' }), '2024-02-01')!.level, '严重');
  });

  test('a revoked decision shows 已撤销 and a repaired one 已修复, whatever the date', () => {
    assert.equal(computePublicity(resolver, penalty({ status: 'revoked' }), '2024-02-01')!.status, '已撤销');
    assert.equal(computePublicity(resolver, penalty({ status: 'repaired' }), '2024-02-01')!.status, '已修复');
  });

  test('positive and neutral records have no publicity window', () => {
    assert.equal(computePublicity(resolver, penalty({ kind: 'patent' }), '2024-02-01'), null);
    assert.equal(computePublicity(resolver, penalty({ kind: 'tax_credit_rating' }), '2024-02-01'), null);
  });
});

describe('a market-supervision penalty: the platform period governs, the SAMR publicity system period is shown beside it', () => {
  const samr = (overrides: Partial<PublicityInput>) =>
    penalty({ departmentCode: 'scjg', occurredOn: '2024-03-10', ...overrides });

  test('a market-supervision 一般 fine is published on the platform by the NDRC rule, with the SAMR three years shown beside it', () => {
    const window = computePublicity(resolver, samr({ subtype: '警告；罚款', amount: 0.5 }), '2024-03-10')!;
    assert.equal(window.regime.code, 'ndrc-2023-58');
    assert.equal(window.repairableFrom, '2024-06-11');
    assert.equal(window.publicUntil, '2025-03-10');
    assert.deepEqual(
      [
        window.departmentWindow?.regime.code,
        window.departmentWindow?.repairableFrom,
        window.departmentWindow?.publicUntil,
      ],
      ['samr-2021-penalty', '2024-09-11', '2027-03-10'],
    );
  });

  test('the platform rules say which period governs, with references', () => {
    assert.match(resolver.rules.governingRule.description, /本平台/);
    assert.match(resolver.rules.governingRule.reference, /发改办财金〔2019〕527号/);
    assert.match(resolver.rules.governingRule.reference, /总局令第45号/);
  });

  test('a fine of at most the one small-fine threshold (penalty-levels.yaml) or a 通报批评 alone: SAMR stops after three months without repair', () => {
    const threshold = resolver.rules.samrPenaltyRegimes[0].lightFineMax.value;
    for (const input of [
      samr({ subtype: '罚款', amount: threshold }),
      samr({ subtype: '通报批评', amount: null }),
      samr({ subtype: '通报批评、罚款', amount: threshold / 3 }),
    ]) {
      const window = computePublicity(resolver, { ...input, level: '轻微' }, '2024-03-10')!;
      assert.equal(window.publicUntil, '2024-06-10', input.subtype!);
      assert.deepEqual(
        [window.departmentWindow?.publicUntil, window.departmentWindow?.repairableFrom],
        ['2024-06-10', null],
        input.subtype!,
      );
    }
  });

  test('a fine just above the threshold, a warning, or a fine with no amount gets the SAMR three-year window', () => {
    const threshold = resolver.rules.samrPenaltyRegimes[0].lightFineMax.value;
    for (const input of [
      samr({ subtype: '罚款', amount: threshold + 0.01 }),
      samr({ subtype: '警告', amount: null }),
      samr({ subtype: '罚款', amount: null }),
    ]) {
      assert.equal(
        computePublicity(resolver, input, '2024-03-10')!.departmentWindow?.publicUntil,
        '2027-03-10',
        `${input.subtype} ${input.amount}`,
      );
    }
  });

  test('a food-safety penalty can be repaired on the SAMR system only after one year', () => {
    const window = computePublicity(
      resolver,
      samr({ subtype: '罚款', amount: 2, violationType: '生产经营不符合食品安全标准的食品' }),
      '2024-03-10',
    )!;
    assert.equal(window.departmentWindow?.repairableFrom, '2025-03-11');
  });

  test('a market-supervision penalty decided before 2021-09-01 has no SAMR window to show', () => {
    const window = computePublicity(
      resolver,
      samr({ occurredOn: '2021-08-31', subtype: '罚款', amount: 5 }),
      '2021-09-01',
    )!;
    assert.equal(window.regime.code, 'ndrc-2019-527');
    assert.equal(window.publicUntil, '2022-08-31');
    assert.equal(window.departmentWindow, null);
    assert.equal(
      computePublicity(resolver, samr({ occurredOn: '2021-09-01', subtype: '罚款', amount: 5 }), '2021-09-01')!
        .departmentWindow?.regime.code,
      'samr-2021-penalty',
    );
  });

  test('one threshold for 较低数额罚款: the SAMR rule reads the value of penalty-levels.yaml', () => {
    const ceiling = loadPenaltyLevelsFile().parameters.small_fine_ceiling!;
    assert.equal(resolver.rules.samrPenaltyRegimes[0].lightFineMax.value, ceiling.values.at(-1)!.value);
    assert.equal(resolver.rules.samrPenaltyRegimes[0].lightFineMax.unit, ceiling.unit);
  });

  test('a SAMR serious-dishonesty listing may ask for early removal after a year and is public three years at most, or until removed', () => {
    const listed = {
      kind: 'serious_dishonesty_list',
      departmentCode: 'scjg',
      status: 'active' as const,
      occurredOn: '2024-03-10',
      endsOn: null,
      level: null,
      subtype: null,
      amount: null,
    };
    const open = computePublicity(resolver, listed, '2024-04-01')!;
    assert.equal(open.level, '严重');
    assert.equal(open.repairableFrom, '2025-03-11');
    assert.equal(open.publicUntil, '2027-03-10');
    const removed = computePublicity(resolver, { ...listed, endsOn: '2025-06-01' }, '2025-06-01')!;
    assert.equal(removed.publicUntil, '2025-05-31');
    assert.equal(removed.status, '公示期满');
  });

  test('a tax-bureau serious listing is capped by the 严重 period of the regime in force', () => {
    const window = computePublicity(
      resolver,
      {
        kind: 'serious_dishonesty_list',
        departmentCode: 'tax',
        status: 'active',
        occurredOn: '2026-04-01',
        endsOn: null,
        level: null,
        subtype: null,
        amount: null,
      },
      '2026-04-02',
    )!;
    assert.equal(window.regime.code, 'ndrc-2026');
    assert.equal(window.repairableFrom, '2027-04-02');
    assert.equal(window.publicUntil, '2029-04-01');
  });
});

describe('publicity windows of lists and arrears', () => {
  test('an abnormal-operation listing is public until the day before removal and may be resolved at once', () => {
    const listed = {
      kind: 'abnormal_operation',
      departmentCode: 'scjg',
      status: 'active' as const,
      occurredOn: '2025-01-10',
      endsOn: null,
      level: null,
      subtype: '未按规定公示年度报告',
      amount: null,
    };
    const open = computePublicity(resolver, listed, '2025-02-01')!;
    assert.equal(open.publicUntil, null);
    assert.equal(open.repairableFrom, '2025-01-10');
    assert.equal(open.status, '可申请修复');
    const removed = computePublicity(resolver, { ...listed, endsOn: '2025-03-05' }, '2025-03-05')!;
    assert.equal(removed.publicUntil, '2025-03-04');
    assert.equal(removed.status, '公示期满');
  });

  test('unpaid tax arrears stay public with no repair date; once settled they are public until the 一般 maximum', () => {
    const arrears = {
      kind: 'tax_arrears',
      departmentCode: 'tax',
      status: 'active' as const,
      occurredOn: '2024-12-01',
      endsOn: null,
      level: null,
      subtype: '增值税',
      amount: 3,
    };
    const unpaid = computePublicity(resolver, arrears, '2029-01-01')!;
    assert.equal(unpaid.publicUntil, null);
    assert.equal(unpaid.repairableFrom, null);
    assert.equal(unpaid.status, '公示中');
    const settled = computePublicity(resolver, { ...arrears, endsOn: '2025-02-01' }, '2025-02-01')!;
    assert.equal(settled.repairableFrom, '2025-03-02');
    assert.equal(settled.publicUntil, '2025-12-01');
    const settledLate = computePublicity(resolver, { ...arrears, endsOn: '2026-06-01' }, '2026-06-01')!;
    assert.equal(settledLate.repairableFrom, '2026-06-01');
    assert.equal(settledLate.publicUntil, '2026-05-31');
  });

  test('a dishonest judgment debtor stays public until the court removes the entry', () => {
    const entry = {
      kind: 'dishonest_judgment_debtor',
      departmentCode: 'court',
      status: 'active' as const,
      occurredOn: '2021-05-01',
      endsOn: null,
      level: null,
      subtype: '有履行能力而拒不履行',
      amount: 20,
    };
    assert.equal(computePublicity(resolver, entry, '2026-01-01')!.publicUntil, null);
    assert.equal(computePublicity(resolver, { ...entry, endsOn: '2026-02-01' }, '2026-02-01')!.status, '公示期满');
  });

  test('a dishonest judgment debtor has no repair date on the platform, and the court path is given instead', () => {
    const entry = {
      kind: 'dishonest_judgment_debtor',
      departmentCode: 'court',
      status: 'active' as const,
      occurredOn: '2021-05-01',
      endsOn: null,
      level: null,
      subtype: '有履行能力而拒不履行',
      amount: 20,
    };
    const window = computePublicity(resolver, entry, '2026-01-01')!;
    assert.equal(window.repairableFrom, null);
    assert.equal(window.status, '公示中');
    assert.match(window.repairPath!.path, /执行法院/);
    assert.match(window.repairPath!.reference, /法释〔2017〕7号/);
  });
});

describe('publicity rules file', () => {
  test('the rules file cites a reference for every regime and kind and explains every unconfirmed number', () => {
    const rules = resolver.rules;
    assert.ok(rules.generalRegimes.length >= 3);
    for (const regime of [...rules.generalRegimes, ...rules.samrPenaltyRegimes, ...rules.samrSeriousListRegimes])
      assert.ok(regime.reference);
    for (const kind of rules.kinds) assert.ok(kind.reference, kind.kind);
  });

  test('every negative kind of the record catalog has a publicity rule, so none counts forever by omission', () => {
    const negative = loadCatalog()
      .kinds.filter((kind) => kind.polarity === 'negative')
      .map((kind) => kind.code);
    assert.deepEqual(
      negative.filter((kind) => !resolver.hasRules(kind)),
      [],
    );
  });

  test('a kind whose last rule row is limited to some departments is refused', () => {
    const raw: any = structuredClone(loadPublicityRulesFile());
    raw.kinds.splice(1, 1); // drops the general 行政处罚 row, leaving only the 市场监管 one
    assert.throws(
      () => parsePublicityRules(raw, 'broken.yaml', loadSharedParameters()),
      (error) => isAppError(error) && /kinds\(administrative_penalty\) 最后一行应不限部门/.test(error.userMessage),
    );
  });

  test('a broken rules file is refused with the file, the field and the reason in Chinese', () => {
    const raw: any = structuredClone(loadPublicityRulesFile());
    delete raw.general_regimes[1].reference;
    raw.general_regimes[2].periods['一般'].min_months = 24;
    raw.kinds[0].basis = 'forever';
    raw.samr_penalty_regimes[0].light_fine_max.parameter = 'no_such_parameter';
    try {
      parsePublicityRules(raw, 'broken.yaml', loadSharedParameters());
      assert.fail('expected the broken rules to be refused');
    } catch (error) {
      assert.ok(isAppError(error));
      const message = error.userMessage;
      assert.match(message, /broken\.yaml: general_regimes\[1\]\.reference 缺少依据/);
      assert.match(message, /general_regimes\[2\]\.periods\.一般 最短公示期不能长于最长公示期/);
      assert.match(message, /kinds\[0\]\.basis 应为/);
      assert.match(message, /light_fine_max\.parameter 应为其他目录文件中的参数名（未找到“no_such_parameter”）/);
    }
  });
});

describe('publicity windows: the paths the shipped numbers do not tell apart', () => {
  // From 2023 the SAMR list's numbers equal the general 严重 period, so a listing is resolved here under rules whose
  // SAMR list numbers differ (7 months to early removal, 30 at most, both confirmed).
  const edited: any = structuredClone(loadPublicityRulesFile());
  edited.samr_serious_list_regimes[0].early_removal_min_months = { value: 7 };
  edited.samr_serious_list_regimes[0].max_months = { value: 30 };
  const distinct = new PublicityResolver(parsePublicityRules(edited, 'edited.yaml', loadSharedParameters()));
  const listing = (overrides: Partial<PublicityInput> = {}): PublicityInput => ({
    kind: 'serious_dishonesty_list',
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: '2024-03-10',
    endsOn: null,
    level: null,
    subtype: null,
    amount: null,
    ...overrides,
  });

  test('a SAMR serious listing follows the SAMR list regime, not the general 严重 period, and carries its confirmation', () => {
    const window = computePublicity(distinct, listing(), '2024-04-01')!;
    assert.equal(window.regime.code, 'samr-2021-serious-list');
    assert.equal(window.repairableFrom, '2024-10-11');
    assert.equal(window.publicUntil, '2026-09-10');
    assert.equal(window.confirmed, true);
    // The shipped rules mark the SAMR list's numbers unconfirmed.
    assert.equal(computePublicity(resolver, listing(), '2024-04-01')!.confirmed, false);
  });

  test('a listing removed before its maximum is public until the day before removal', () => {
    const window = computePublicity(distinct, listing({ endsOn: '2025-01-20' }), '2025-01-19')!;
    assert.equal(window.publicUntil, '2025-01-19');
    assert.equal(window.status, '可申请修复');
  });

  test('a listing decided before the SAMR list regime took effect falls back to the general 严重 period', () => {
    const window = computePublicity(distinct, listing({ occurredOn: '2021-08-31' }), '2021-09-01')!;
    assert.notEqual(window.regime.code, 'samr-2021-serious-list');
    assert.equal(window.regime.code, resolver.rules.generalRegimes[0].code);
  });

  test('a stated level that is not one of 轻微/一般/严重 is read as the kind’s level, else the default', () => {
    const window = computePublicity(resolver, penalty({ level: '较重' }), '2024-02-01')!;
    assert.equal(window.level, resolver.rules.defaultLevel);
    assert.equal(computePublicity(resolver, listing({ level: '较重' }), '2024-04-01')!.level, '严重');
  });

  test('a removed record shows 公示期满 even inside its window', () => {
    const window = computePublicity(resolver, penalty({ status: 'removed', occurredOn: '2026-01-15' }), '2026-02-01')!;
    assert.equal(window.status, '公示期满');
    assert.equal(computePublicity(resolver, penalty({ occurredOn: '2026-01-15' }), '2026-02-01')!.status, '公示中');
  });

  test('a SAMR penalty is light only when every category named is light, whatever the separator', () => {
    const threshold = resolver.rules.samrPenaltyRegimes[0].lightFineMax.value;
    const samrPenalty = (subtype: string) =>
      penalty({ departmentCode: 'scjg', occurredOn: '2024-03-10', subtype, amount: threshold / 2, level: '轻微' });
    for (const subtype of ['通报批评;罚款', '通报批评；罚款', '通报批评，罚款', '通报批评/罚款', '通报批评 罚款']) {
      assert.equal(
        computePublicity(resolver, samrPenalty(subtype), '2024-03-10')!.departmentWindow?.publicUntil,
        '2024-06-10',
        subtype,
      );
    }
    for (const subtype of ['通报批评;没收违法所得', '没收违法所得', ';']) {
      assert.equal(
        computePublicity(resolver, samrPenalty(subtype), '2024-03-10')!.departmentWindow?.publicUntil,
        '2027-03-10',
        subtype,
      );
    }
  });

  test('the engine’s fast path gives the same last public day as the full window, and no end for kinds without rules', () => {
    for (const input of [penalty({}), penalty({ level: '严重' }), listing({ endsOn: '2025-01-20' })]) {
      const window = computePublicity(resolver, input, '2024-04-01')!;
      const day = resolver.publicUntilDay(
        input.kind,
        input.departmentCode,
        input.level,
        toDayNumber(input.occurredOn!),
        input.endsOn === null ? NO_DAY : toDayNumber(input.endsOn),
      );
      assert.equal(fromDayNumber(day), window.publicUntil, `${input.kind} ${input.level}`);
    }
    assert.equal(resolver.publicUntilDay('honor', 'kjj', null, toDayNumber('2024-01-01'), NO_DAY), OPEN_END_DAY);
  });
});
