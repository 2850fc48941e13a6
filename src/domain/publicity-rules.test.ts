import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadPublicityRulesFile } from '../catalog/publicity-rules.ts';
import { loadSharedParameters } from '../engine/load-publicity-rules.ts';
import { isAppError } from './app-error.ts';
import { parsePublicityRules } from './publicity-rules.ts';

// Each way an editor of catalog/publicity-rules.yaml can get the file wrong, applied alone to the real file: the
// file is refused with exactly one problem naming the field and the reason in Chinese.

const parameters = loadSharedParameters();

function problemsAfter(edit: (raw: any) => void): string[] {
  const raw: any = structuredClone(loadPublicityRulesFile());
  edit(raw);
  try {
    parsePublicityRules(raw, 'edited.yaml', parameters);
  } catch (error) {
    assert.ok(isAppError(error), String(error));
    assert.match(error.userMessage, /^公示期规则有误：\n/);
    return (error.details as string[]).map((problem) => problem.replace(/^edited\.yaml: /, ''));
  }
  return [];
}

const kindIndex = (raw: any, kind: string): number => raw.kinds.findIndex((rule: any) => rule.kind === kind);

describe('publicity rules file: what an editor can get wrong', () => {
  test('the file as shipped has no problem', () => {
    assert.deepEqual(
      problemsAfter(() => {}),
      [],
    );
  });

  const cases: Array<[string, (raw: any) => void, string | string[]]> = [
    [
      'a missing date rule',
      (raw) => delete raw.date_rule,
      ['date_rule.description 缺少日期计算规则说明', 'date_rule.reference 缺少日期计算规则依据'],
    ],
    [
      'a blank governing-rule reference',
      (raw) => (raw.governing_rule.reference = '  '),
      'governing_rule.reference 缺少本平台适用公示期的依据',
    ],
    ['an unknown default level', (raw) => (raw.default_level = '较重'), 'default_level 应为 轻微/一般/严重 之一'],
    ['no general regime at all', (raw) => (raw.general_regimes = []), 'general_regimes 至少需要一套通用规则'],
    [
      'a level without its period',
      (raw) => delete raw.general_regimes[0].periods['严重'],
      [
        'general_regimes[0].periods.严重 缺少该程度的公示期',
        'general_regimes[0].periods.严重.min_months 应为非负整数（月数）',
        'general_regimes[0].periods.严重.max_months 应为非负整数（月数）',
      ],
    ],
    [
      'a fractional number of months',
      (raw) => (raw.general_regimes[0].periods['轻微'].max_months = 1.5),
      'general_regimes[0].periods.轻微.max_months 应为非负整数（月数）',
    ],
    [
      'a negative number of months',
      (raw) => (raw.general_regimes[0].periods['轻微'].min_months = -1),
      'general_regimes[0].periods.轻微.min_months 应为非负整数（月数）',
    ],
    [
      'months written as text',
      (raw) => (raw.general_regimes[0].periods['一般'].min_months = '3'),
      'general_regimes[0].periods.一般.min_months 应为非负整数（月数）',
    ],
    [
      'an unconfirmed number without a note',
      (raw) => {
        raw.general_regimes[0].periods['一般'].confirmed = false;
        delete raw.general_regimes[0].periods['一般'].note;
      },
      'general_regimes[0].periods.一般.note 未核实的数字必须写明说明（note）',
    ],
    [
      'a later regime without its effective date',
      (raw) => delete raw.general_regimes[1].effective_from,
      // Without a date it also no longer follows the regime before it.
      [
        'general_regimes[1].effective_from 只有第一套规则可以不写生效日期',
        'general_regimes[1].effective_from 生效日期必须晚于上一套规则',
      ],
    ],
    [
      'an effective date that is no date',
      (raw) => (raw.general_regimes[1].effective_from = '2023-02-30'),
      [
        'general_regimes[1].effective_from 不是有效日期（YYYY-MM-DD）： 2023-02-30',
        'general_regimes[1].effective_from 生效日期必须晚于上一套规则',
      ],
    ],
    [
      'two regimes taking effect on the same day',
      (raw) => (raw.general_regimes[2].effective_from = raw.general_regimes[1].effective_from),
      'general_regimes[2].effective_from 生效日期必须晚于上一套规则',
    ],
    [
      'a regime without its code',
      (raw) => delete raw.samr_serious_list_regimes[0].code,
      'samr_serious_list_regimes[0].code 缺少规则代码',
    ],
    [
      'a regime without its title',
      (raw) => (raw.samr_penalty_regimes[0].title = ''),
      'samr_penalty_regimes[0].title 缺少规则名称',
    ],
    [
      'a SAMR penalty regime without its light-penalty months',
      (raw) => delete raw.samr_penalty_regimes[0].light_publicity_months,
      'samr_penalty_regimes[0].light_publicity_months 应为非负整数（月数）',
    ],
    [
      'a SAMR serious list regime without its maximum',
      (raw) => delete raw.samr_serious_list_regimes[0].max_months.value,
      'samr_serious_list_regimes[0].max_months.value 应为非负整数（月数）',
    ],
    [
      'an unknown period for a kind',
      (raw) => (raw.kinds[0].period = 'forever'),
      'kinds[0].period 应为 level/samr_serious_list/none 之一',
    ],
    [
      'an unknown department basis',
      (raw) => (raw.kinds[0].department_basis = 'tax_penalty'),
      'kinds[0].department_basis 应为 samr_penalty 之一',
    ],
    [
      'an unknown level for a kind',
      (raw) => (raw.kinds[0].level = '特别严重'),
      'kinds[0].level 应为 轻微/一般/严重 之一',
    ],
    ['a kind without its reference', (raw) => delete raw.kinds[0].reference, 'kinds[0].reference 缺少依据'],
    [
      'a repair entry that says the platform can repair',
      (raw) => (raw.kinds[kindIndex(raw, 'dishonest_judgment_debtor')].repair.by_platform = true),
      `kinds[${kindIndex(loadPublicityRulesFile(), 'dishonest_judgment_debtor')}].repair.by_platform 只在本平台不能修复时填写（by_platform: false）`,
    ],
    [
      'a repair entry without the path to take',
      (raw) => delete raw.kinds[kindIndex(raw, 'dishonest_judgment_debtor')].repair.path,
      `kinds[${kindIndex(loadPublicityRulesFile(), 'dishonest_judgment_debtor')}].repair.path 缺少应走的程序（中文）`,
    ],
  ];
  for (const [what, edit, problem] of cases) {
    const expected = typeof problem === 'string' ? [problem] : problem;
    test(`${what} is refused: ${expected[0]}`, () => {
      assert.deepEqual(problemsAfter(edit), expected);
    });
  }

  test('kinds that use the SAMR rules are refused when those rules are not defined', () => {
    const problems = problemsAfter((raw) => {
      raw.samr_penalty_regimes = [];
      raw.samr_serious_list_regimes = [];
    });
    assert.ok(
      problems.some((problem) => /department_basis 使用市场监管处罚规则，但未定义 samr_penalty_regimes$/.test(problem)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((problem) => /period 使用市场监管名单规则，但未定义 samr_serious_list_regimes$/.test(problem)),
      problems.join('\n'),
    );
  });

  test('a light-fine parameter with no value is refused, and the value in force when the regime began is the one read', () => {
    const rules = parsePublicityRules(structuredClone(loadPublicityRulesFile()), 'shipped.yaml', parameters);
    const name = (loadPublicityRulesFile() as any).samr_penalty_regimes[0].light_fine_max.parameter;
    const values = parameters[name].values;
    assert.ok(values.length > 0);
    for (const regime of rules.samrPenaltyRegimes) {
      const inForce =
        values.filter((value) => regime.effectiveFrom === null || value.effectiveFrom <= regime.effectiveFrom).at(-1) ??
        values[0];
      assert.equal(regime.lightFineMax.value, inForce.value, regime.code);
      assert.equal(regime.lightFineMax.unit, parameters[name].unit);
    }
    const empty = { ...parameters, [name]: { ...parameters[name], values: [] } };
    assert.throws(
      () => parsePublicityRules(structuredClone(loadPublicityRulesFile()), 'edited.yaml', empty),
      (error) => isAppError(error) && error.userMessage.includes(`参数“${name}”没有取值`),
    );
  });

  test('an empty document, or empty entries in its lists, are listed as problems, never a crash', () => {
    assert.throws(
      () => parsePublicityRules(null, 'empty.yaml', parameters),
      (error) =>
        isAppError(error) &&
        (error.details as string[]).includes('empty.yaml: general_regimes 至少需要一套通用规则') &&
        (error.details as string[]).includes('empty.yaml: date_rule.description 缺少日期计算规则说明') &&
        (error.details as string[]).includes('empty.yaml: default_level 应为 轻微/一般/严重 之一'),
    );
    const problems = problemsAfter((raw) => {
      raw.general_regimes.push(null);
      raw.samr_penalty_regimes.push(null);
      raw.samr_serious_list_regimes.push(null);
      raw.kinds.push(null);
    });
    const at = (list: string, index: number) => `${list}[${index}]`;
    const shipped: any = loadPublicityRulesFile();
    for (const expected of [
      `${at('general_regimes', shipped.general_regimes.length)}.periods.轻微 缺少该程度的公示期`,
      `${at('general_regimes', shipped.general_regimes.length)}.code 缺少规则代码`,
      `${at('samr_penalty_regimes', shipped.samr_penalty_regimes.length)}.light_fine_max.parameter 应为其他目录文件中的参数名（未找到“”）`,
      `${at('samr_penalty_regimes', shipped.samr_penalty_regimes.length)}.standard_publicity_months 应为非负整数（月数）`,
      `${at('samr_penalty_regimes', shipped.samr_penalty_regimes.length)}.repair_min_months 应为非负整数（月数）`,
      `${at('samr_penalty_regimes', shipped.samr_penalty_regimes.length)}.special_sector_repair_min_months 应为非负整数（月数）`,
      `${at('samr_serious_list_regimes', shipped.samr_serious_list_regimes.length)}.early_removal_min_months.value 应为非负整数（月数）`,
      `${at('samr_serious_list_regimes', shipped.samr_serious_list_regimes.length)}.title 缺少规则名称`,
      `${at('kinds', shipped.kinds.length)}.basis 应为 decision/listing/obligation 之一`,
      `${at('kinds', shipped.kinds.length)}.kind 缺少记录类别`,
      `${at('kinds', shipped.kinds.length)}.reference 缺少依据`,
    ])
      assert.ok(problems.includes(expected), `${expected}\namong:\n${problems.join('\n')}`);
  });

  test('a kind’s repair entry without its reference, or unconfirmed without a note, is refused', () => {
    const index = kindIndex(loadPublicityRulesFile(), 'dishonest_judgment_debtor');
    assert.deepEqual(
      problemsAfter((raw) => delete raw.kinds[index].repair.reference),
      [`kinds[${index}].repair.reference 缺少依据`],
    );
    assert.deepEqual(
      problemsAfter((raw) => {
        raw.kinds[index].repair.confirmed = false;
        delete raw.kinds[index].repair.note;
      }),
      [`kinds[${index}].repair.note 未核实的数字必须写明说明（note）`],
    );
  });
});
