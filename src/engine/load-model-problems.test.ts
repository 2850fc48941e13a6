import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { type AppError, isAppError } from '../domain/app-error.ts';
import { compileModel } from './compile-model.ts';
import {
  findModelDirs,
  formatProblem,
  loadModel,
  loadModelVersion,
  type ModelProblem,
  MODELS_DIR,
  REPOSITORY_ROOT,
  readModel,
} from './load-model.ts';

// The model author's reference: each way the files of a model directory can be wrong, applied alone to a copy of
// model v1, and the refusal the author then reads (file, field and the whole Chinese message). Next to them, the values
// at a boundary that must be accepted. Every copy is loaded inside its own test.

const V1 = path.join(MODELS_DIR, 'huarong-sci-tech', 'v1');
let work: string;

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-model-files-'));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

let copies = 0;
/**
 * Indicator test files the cases below edit or remove. The others are left out of the copies: a model loads without
 * an indicator's test file, and parsing the other 25 took about 40 % of each case's time (a surviving mutant of the
 * loader runs every case, scripts/mutation-chunks.sh).
 */
const INDICATOR_TESTS_KEPT = ['tax_arrears_outstanding.test.yaml', 'trademarks.test.yaml'];

/** A fresh copy of model v1 (with the test files of the indicators in INDICATOR_TESTS_KEPT only). */
function copyOfV1(): string {
  const dir = path.join(work, `v1-${(copies += 1)}`);
  fs.cpSync(V1, dir, {
    recursive: true,
    filter: (source) =>
      path.basename(path.dirname(source)) !== 'indicators' ||
      !source.endsWith('.test.yaml') ||
      INDICATOR_TESTS_KEPT.includes(path.basename(source)),
  });
  return dir;
}

/** Edits one file of a model copy as text (`edit` must change it). */
function editText(file: string, edit: (text: string) => string): (dir: string) => void {
  return (dir) => {
    const target = path.join(dir, file);
    const before = fs.readFileSync(target, 'utf8');
    const after = edit(before);
    assert.notEqual(after, before, `the edit of ${file} changed nothing`);
    fs.writeFileSync(target, after);
  };
}

/** Edits one YAML file of a model copy through its parsed document. */
function editYaml(file: string, change: (document: any) => void): (dir: string) => void {
  return (dir) => {
    const target = path.join(dir, file);
    const document = YAML.parse(fs.readFileSync(target, 'utf8'));
    change(document);
    fs.writeFileSync(target, YAML.stringify(document));
  };
}

const inModel = (change: (model: any) => void) => editYaml('model.yaml', change);
const inIndicator = (id: string, change: (indicator: any) => void) => editYaml(`indicators/${id}.yaml`, change);
const inTests = (id: string, change: (cases: any[]) => void) => editYaml(`indicators/${id}.test.yaml`, change);
/** Adds parameters/variants.yaml (read after the shipped parameter files) with the given text or document. */
const addParameterFile = (content: string | Record<string, unknown>) => (dir: string) =>
  fs.writeFileSync(
    path.join(dir, 'parameters', 'variants.yaml'),
    typeof content === 'string' ? content : YAML.stringify(content),
  );

/** A complete number parameter that no indicator reads. */
const spare = (changes: Record<string, unknown> = {}) => ({
  type: 'number',
  description: '备用分值',
  unit: '分',
  reference: 'README §3.9',
  values: { '2019-01-01': 1 },
  ...changes,
});

const problem = (file: string, field: string, message: string): ModelProblem => ({ file, field, message });
const M = 'model.yaml';
const NOT_A_DATE = '不是有效日期（YYYY-MM-DD）： ';

/** The refusal loadModel gives for a model directory (it must refuse). */
function refusalOf(dir: string): AppError {
  try {
    loadModel(dir);
  } catch (error) {
    assert.ok(isAppError(error), `loading threw ${error}`);
    return error;
  }
  assert.fail('the model was loaded without a problem');
}

/** The shipped indicators, by id. */
const indicatorIds = () =>
  fs
    .readdirSync(path.join(V1, 'indicators'))
    .filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();

interface Refusal {
  what: string;
  change: (dir: string) => void;
  problems: ModelProblem[];
}

const refusals: Array<[string, Refusal[]]> = [
  [
    'files',
    [
      {
        what: 'a model directory without model.yaml',
        change: (dir) => fs.rmSync(path.join(dir, M)),
        problems: [problem(M, '', '文件不存在或无法读取')],
      },
      {
        what: 'a parameter file that is a list',
        change: addParameterFile('- 1\n- 2\n'),
        problems: [problem('parameters/variants.yaml', '', '参数文件应为“参数标识： 定义”的映射')],
      },
      {
        what: 'an indicator test file that is not a list of cases',
        change: editText('indicators/tax_arrears_outstanding.test.yaml', () => 'name: 一个用例\n'),
        problems: [problem('indicators/tax_arrears_outstanding.test.yaml', '', '测试文件应为用例列表')],
      },
      {
        what: 'a model test file that is not a list of cases',
        change: editText('model.test.yaml', () => '用例\n'),
        problems: [problem('model.test.yaml', '', '测试文件应为用例列表')],
      },
    ],
  ],
  [
    'parameters',
    [
      {
        what: 'a parameter value that is not a number',
        change: editText('parameters/performance.yaml', (text) =>
          text.replace('    2019-01-01: -20\n', '    2019-01-01: 二十\n'),
        ),
        problems: [
          problem('parameters/performance.yaml', 'tax_arrears_points.values.2019-01-01', '应为数字，实为 "二十"'),
        ],
      },
      {
        what: 'parameter values written as YAML .nan and .inf',
        change: editText('parameters/performance.yaml', (text) =>
          text
            .replace('    2019-01-01: -20\n', '    2019-01-01: .nan\n')
            .replace('    2019-01-01: 40\n', '    2019-01-01: .inf\n'),
        ),
        problems: [
          problem('parameters/performance.yaml', 'tax_arrears_points.values.2019-01-01', '应为数字，实为 NaN'),
          problem('parameters/performance.yaml', 'tax_arrears_cap.values.2019-01-01', '应为数字，实为 Infinity'),
        ],
      },
      {
        what: 'a parameter effective date that is no date',
        change: editText('parameters/performance.yaml', (text) =>
          text.replace('    2019-01-01: -20\n', '    2019-13-01: -20\n'),
        ),
        problems: [
          problem(
            'parameters/performance.yaml',
            'tax_arrears_points.values.2019-13-01',
            '生效日期不是有效日期（YYYY-MM-DD）',
          ),
        ],
      },
      {
        what: 'a parameter of an unknown type',
        change: addParameterFile({ spare_points: spare({ type: 'percent' }) }),
        problems: [problem('parameters/variants.yaml', 'spare_points.type', '应为 number/lookup/bands/decay 之一')],
      },
      {
        what: 'a parameter identifier with capitals',
        change: addParameterFile({ Spare_Points: spare() }),
        problems: [problem('parameters/variants.yaml', 'Spare_Points', '参数标识只能用小写字母、数字和下划线')],
      },
      {
        what: 'a parameter identifier starting with a digit',
        change: addParameterFile({ '2nd_points': spare() }),
        problems: [problem('parameters/variants.yaml', '2nd_points', '参数标识只能用小写字母、数字和下划线')],
      },
      {
        what: 'a parameter identifier ending with a hyphen',
        change: addParameterFile({ 'spare_points-': spare() }),
        problems: [problem('parameters/variants.yaml', 'spare_points-', '参数标识只能用小写字母、数字和下划线')],
      },
      {
        what: 'a parameter defined in two files',
        change: addParameterFile({ tax_arrears_points: spare() }),
        problems: [
          problem(
            'parameters/variants.yaml',
            'tax_arrears_points',
            '参数标识重复（已在 parameters/performance.yaml 中定义）',
          ),
        ],
      },
      {
        what: 'a parameter whose definition is a bare value',
        change: addParameterFile({ spare_points: 5 }),
        problems: [
          problem(
            'parameters/variants.yaml',
            'spare_points',
            '参数定义应为映射（type, description, unit, reference, values）',
          ),
        ],
      },
      {
        what: 'a parameter without values',
        change: addParameterFile({ spare_points: spare({ values: undefined }) }),
        problems: [problem('parameters/variants.yaml', 'spare_points.values', '缺少取值（按生效日期列出）')],
      },
      {
        what: 'a parameter with an empty list of dated values',
        change: addParameterFile({ spare_points: spare({ values: {} }) }),
        problems: [problem('parameters/variants.yaml', 'spare_points.values', '缺少取值（按生效日期列出）')],
      },
      {
        what: 'a parameter without description, unit or reference',
        change: addParameterFile({
          spare_points: spare({ description: undefined, unit: ' ', reference: undefined }),
        }),
        problems: [
          problem('parameters/variants.yaml', 'spare_points.description', '缺少中文说明（description）'),
          problem('parameters/variants.yaml', 'spare_points.unit', '缺少单位（unit）'),
          problem(
            'parameters/variants.yaml',
            'spare_points.reference',
            '缺少依据（reference：文号+条款或种子文件条款）',
          ),
        ],
      },
      {
        what: 'a lookup table written as a list',
        change: editYaml('parameters/basic.yaml', (document) => {
          document.tier_points.values['2019-01-01'] = [8, 12];
        }),
        problems: [problem('parameters/basic.yaml', 'tier_points.values.2019-01-01', '对照表应为“取值： 分值”的映射')],
      },
      {
        what: 'a lookup table without a default row',
        change: editYaml('parameters/basic.yaml', (document) => {
          delete document.tier_points.values['2019-01-01'].default;
        }),
        problems: [
          problem('parameters/basic.yaml', 'tier_points.values.2019-01-01', '对照表缺少 default（其他取值的分值）'),
        ],
      },
      {
        what: 'a lookup entry that is not a number',
        change: editYaml('parameters/basic.yaml', (document) => {
          document.tier_points.values['2019-01-01'].eaglet = '十二';
        }),
        problems: [problem('parameters/basic.yaml', 'tier_points.values.2019-01-01.eaglet', '应为数字，实为 "十二"')],
      },
      {
        what: 'a band table that is not a list',
        change: editYaml('parameters/basic.yaml', (document) => {
          document.enterprise_age_points.values['2019-01-01'] = { below: 1, points: 0 };
        }),
        problems: [problem('parameters/basic.yaml', 'enterprise_age_points.values.2019-01-01', '分段表应为列表')],
      },
      {
        what: 'bands with a bound or points that are not numbers',
        change: editYaml('parameters/basic.yaml', (document) => {
          const bands = document.enterprise_age_points.values['2019-01-01'];
          bands[0].min = '零';
          bands[1].below = '三';
          bands[4].points = undefined;
        }),
        problems: [
          problem('parameters/basic.yaml', 'enterprise_age_points.values.2019-01-01[0].min', '应为数字，实为 "零"'),
          problem('parameters/basic.yaml', 'enterprise_age_points.values.2019-01-01[1].below', '应为数字，实为 "三"'),
          problem('parameters/basic.yaml', 'enterprise_age_points.values.2019-01-01[4].points', '应为数字，实为 null'),
        ],
      },
      {
        what: 'an empty band entry',
        change: editYaml('parameters/basic.yaml', (document) => {
          document.enterprise_age_points.values['2019-01-01'][4] = null;
        }),
        problems: [
          problem('parameters/basic.yaml', 'enterprise_age_points.values.2019-01-01[4].points', '应为数字，实为 null'),
        ],
      },
      {
        what: 'a decay table that is not a list',
        change: editYaml('parameters/dishonesty.yaml', (document) => {
          document.penalty_decay.values['2019-01-01'] = 0.5;
        }),
        problems: [problem('parameters/dishonesty.yaml', 'penalty_decay.values.2019-01-01', '衰减表应为列表')],
      },
      ...[0, -12, 1.5].map(
        (months): Refusal => ({
          what: `a decay step of ${months} months`,
          change: editYaml('parameters/dishonesty.yaml', (document) => {
            document.penalty_decay.values['2019-01-01'][0].max_age_months = months;
          }),
          problems: [
            problem(
              'parameters/dishonesty.yaml',
              'penalty_decay.values.2019-01-01[0].max_age_months',
              '应为正整数（月）',
            ),
          ],
        }),
      ),
      {
        what: 'a decay step without its factor, and an empty step',
        change: editYaml('parameters/dishonesty.yaml', (document) => {
          const steps = document.penalty_decay.values['2019-01-01'];
          delete steps[1].factor;
          steps[2] = null;
        }),
        problems: [
          problem('parameters/dishonesty.yaml', 'penalty_decay.values.2019-01-01[1].factor', '应为数字，实为 null'),
          problem('parameters/dishonesty.yaml', 'penalty_decay.values.2019-01-01[2].factor', '应为数字，实为 null'),
        ],
      },
    ],
  ],
  [
    'indicator rules',
    [
      {
        what: 'an indicator whose id differs from its file name',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.id = 'tax_arrears';
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.yaml', 'id', '指标标识应与文件名一致（tax_arrears_outstanding）'),
        ],
      },
      {
        what: 'an indicator file named with capitals',
        change: (dir) => {
          const from = path.join(dir, 'indicators', 'trademarks.yaml');
          const text = fs.readFileSync(from, 'utf8').replace('id: trademarks', 'id: Trademarks');
          fs.rmSync(from);
          fs.rmSync(path.join(dir, 'indicators', 'trademarks.test.yaml'));
          fs.writeFileSync(path.join(dir, 'indicators', 'Trademarks.yaml'), text);
          editYaml(M, (model) => {
            model.dimensions[7].indicators = ['invention_patents', 'other_patents', 'Trademarks'];
          })(dir);
        },
        problems: [problem('indicators/Trademarks.yaml', 'id', '指标标识只能用小写字母、数字和下划线')],
      },
      {
        what: 'an indicator without a rule',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          delete indicator.rule;
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.type',
            '规则类型应为 count/sum/latest/presence/enterprise_age/enterprise_tiers/enterprise_status 之一，实为 null',
          ),
        ],
      },
      {
        what: 'a rule of an unknown type',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.type = 'average';
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.type',
            '规则类型应为 count/sum/latest/presence/enterprise_age/enterprise_tiers/enterprise_status 之一，实为 "average"',
          ),
        ],
      },
      {
        what: 'a record rule without record kinds',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          delete indicator.rule.kinds;
        }),
        problems: [problem('indicators/tax_arrears_outstanding.yaml', 'rule.kinds', '缺少记录类别')],
      },
      {
        what: 'record kinds written as one word instead of a list',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.kinds = 'tax_arrears';
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.yaml', 'rule.kinds', '应为列表'),
          problem('indicators/tax_arrears_outstanding.yaml', 'rule.kinds', '缺少记录类别'),
        ],
      },
      {
        what: 'an enterprise rule given record kinds',
        change: inIndicator('enterprise_age', (indicator) => {
          indicator.rule.kinds = ['honor'];
        }),
        problems: [
          problem('indicators/enterprise_age.yaml', 'rule.kinds', 'enterprise_age 规则读取企业属性，不读取记录'),
        ],
      },
      {
        what: 'an indicator reading an unknown record kind',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.kinds = ['tax_arrearz'];
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.kinds',
            '未知记录类别 tax_arrearz（见 catalog/record-kinds.yaml）',
          ),
        ],
      },
      {
        what: 'a filter written as a list',
        change: inIndicator('commitments_kept', (indicator) => {
          indicator.rule.where = ['已履行'];
        }),
        problems: [problem('indicators/commitments_kept.yaml', 'rule.where', '应为“列： [取值…]”的映射')],
      },
      {
        what: 'a filter on a column that is not a category',
        change: inIndicator('commitments_kept', (indicator) => {
          indicator.rule.where = { amount: [1] };
        }),
        problems: [
          problem(
            'indicators/commitments_kept.yaml',
            'rule.where.amount',
            '只能按 level/subtype/grade/reported_status/department 筛选',
          ),
        ],
      },
      {
        what: 'a filter with no values',
        change: inIndicator('commitments_kept', (indicator) => {
          indicator.rule.where = { reported_status: [] };
        }),
        problems: [problem('indicators/commitments_kept.yaml', 'rule.where.reported_status', '筛选取值不能为空')],
      },
      {
        what: 'a filter on a department that does not report the kind',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.where = { department: ['tax', 'kjj'] };
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.where.department',
            '部门 kjj 不报送“欠税”（tax_arrears）',
          ),
        ],
      },
      {
        what: 'a filter on a dishonesty level that does not exist',
        change: inIndicator('penalties_minor', (indicator) => {
          indicator.rule.where = { level: ['轻微', '极轻'] };
        }),
        problems: [
          problem('indicators/penalties_minor.yaml', 'rule.where.level', '失信程度只能是 轻微/一般/严重，不是 极轻'),
        ],
      },
      {
        what: 'a filter on a column the record kind does not have',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.where = { grade: ['A'] };
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.where.grade',
            '记录类别“欠税”（tax_arrears）没有 grade 列',
          ),
        ],
      },
      {
        what: 'a filter value the catalog does not list',
        change: inIndicator('invention_patents', (indicator) => {
          indicator.rule.where.subtype = ['发明专利'];
        }),
        problems: [
          problem(
            'indicators/invention_patents.yaml',
            'rule.where.subtype',
            '“发明专利”不是“专利”的专利类型可选值（发明/实用新型/外观设计）',
          ),
        ],
      },
      {
        what: 'an indicator with an unknown window',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.window = 'forever';
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.window',
            '应为 valid、outstanding、all 或 { months: 参数 }',
          ),
        ],
      },
      {
        what: 'a record rule without a window',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          delete indicator.rule.window;
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'rule.window',
            '应为 valid、outstanding、all 或 { months: 参数 }',
          ),
        ],
      },
      {
        what: 'a window in days instead of months',
        change: inIndicator('administrative_coercions', (indicator) => {
          indicator.rule.window = { days: 'coercion_lookback_months' };
        }),
        problems: [
          problem(
            'indicators/administrative_coercions.yaml',
            'rule.window',
            '应为 valid、outstanding、all 或 { months: 参数 }',
          ),
        ],
      },
      {
        what: 'a window in months naming a table instead of a number',
        change: inIndicator('administrative_coercions', (indicator) => {
          indicator.rule.window = { months: 'penalty_decay' };
        }),
        problems: [
          problem(
            'indicators/administrative_coercions.yaml',
            'rule.window.months',
            '参数 penalty_decay 的类型是 decay，此处需要 number',
          ),
        ],
      },
      {
        what: 'decay on a rule that reads the latest record',
        change: inIndicator('tax_credit_rating', (indicator) => {
          indicator.rule.decay = 'penalty_decay';
        }),
        problems: [problem('indicators/tax_credit_rating.yaml', 'rule.decay', '只有 count 和 sum 规则可以按时间衰减')],
      },
      {
        what: 'decay naming a number instead of a decay table',
        change: inIndicator('penalties_minor', (indicator) => {
          indicator.rule.decay = 'penalties_minor_points';
        }),
        problems: [
          problem(
            'indicators/penalties_minor.yaml',
            'rule.decay',
            '参数 penalties_minor_points 的类型是 number，此处需要 decay',
          ),
        ],
      },
      {
        what: 'a sum over a column that is not a number',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.type = 'sum';
          indicator.rule.field = 'subtype';
        }),
        problems: [problem('indicators/tax_arrears_outstanding.yaml', 'rule.field', '应为 amount/quantity 之一')],
      },
      {
        what: 'a latest rule without its column',
        change: inIndicator('rnd_intensity', (indicator) => {
          delete indicator.rule.field;
        }),
        problems: [
          problem(
            'indicators/rnd_intensity.yaml',
            'rule.field',
            '应为 level/subtype/grade/reported_status/department/amount/quantity/amount_per_quantity 之一',
          ),
        ],
      },
      {
        what: 'a latest rule scored by lookup without its column: the column is named, not the scoring',
        change: inIndicator('tax_credit_rating', (indicator) => {
          delete indicator.rule.field;
        }),
        problems: [
          problem(
            'indicators/tax_credit_rating.yaml',
            'rule.field',
            '应为 level/subtype/grade/reported_status/department/amount/quantity/amount_per_quantity 之一',
          ),
        ],
      },
      {
        what: 'a latest rule on a ratio of a kind without a quantity',
        change: inIndicator('rnd_intensity', (indicator) => {
          indicator.rule.kinds = ['tax_arrears'];
        }),
        problems: [
          problem('indicators/rnd_intensity.yaml', 'rule.field', '记录类别“欠税”（tax_arrears）没有 quantity 列'),
        ],
      },
      {
        what: 'a count rule given a column',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.rule.field = 'amount';
        }),
        problems: [problem('indicators/tax_arrears_outstanding.yaml', 'rule.field', 'count 规则不读取字段')],
      },
      {
        what: 'weights on a rule other than count',
        change: inIndicator('tax_credit_rating', (indicator) => {
          indicator.rule.weight_by = { field: 'grade', table: 'tax_rating_points' };
        }),
        problems: [problem('indicators/tax_credit_rating.yaml', 'rule.weight_by', '只有 count 规则可以按取值加权')],
      },
      {
        what: 'weights by a column that is not a category',
        change: inIndicator('honors_received', (indicator) => {
          indicator.rule.weight_by.field = 'amount';
        }),
        problems: [
          problem(
            'indicators/honors_received.yaml',
            'rule.weight_by.field',
            '应为 level/subtype/grade/reported_status/department 之一',
          ),
        ],
      },
      {
        what: 'weights by a column the record kind does not have',
        change: inIndicator('honors_received', (indicator) => {
          indicator.rule.weight_by.field = 'reported_status';
        }),
        problems: [
          problem(
            'indicators/honors_received.yaml',
            'rule.weight_by.field',
            '记录类别“荣誉表彰”（honor）没有 reported_status 列',
          ),
        ],
      },
      {
        what: 'an empty weight_by',
        change: inIndicator('honors_received', (indicator) => {
          indicator.rule.weight_by = null;
        }),
        problems: [
          problem(
            'indicators/honors_received.yaml',
            'rule.weight_by.field',
            '应为 level/subtype/grade/reported_status/department 之一',
          ),
          problem('indicators/honors_received.yaml', 'rule.weight_by.table', '缺少参数标识'),
        ],
      },
    ],
  ],
  [
    'indicator scoring',
    [
      {
        what: 'an indicator without scoring',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          delete indicator.scoring;
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.yaml', 'scoring', '应为 linear、as_points、bands、lookup 之一'),
        ],
      },
      {
        what: 'scoring with two methods at once',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.scoring.as_points = {};
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.yaml', 'scoring', '应为 linear、as_points、bands、lookup 之一'),
        ],
      },
      {
        what: 'an unknown scoring method',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.scoring = { table: 'tax_arrears_points' };
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'scoring',
            '未知计分方式 table（应为 linear、as_points、bands、lookup）',
          ),
        ],
      },
      {
        what: 'linear scoring without points per unit',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.scoring = { linear: null };
        }),
        problems: [problem('indicators/tax_arrears_outstanding.yaml', 'scoring.linear.per_unit', '缺少参数标识')],
      },
      {
        what: 'an indicator naming a parameter that does not exist',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.scoring.linear.per_unit = 'tax_arrears_pointz';
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'scoring.linear.per_unit',
            '引用了不存在的参数 tax_arrears_pointz',
          ),
        ],
      },
      {
        what: 'a cap naming a table instead of a number',
        change: inIndicator('honors_received', (indicator) => {
          indicator.scoring.as_points.cap = 'honor_decay';
        }),
        problems: [
          problem(
            'indicators/honors_received.yaml',
            'scoring.as_points.cap',
            '参数 honor_decay 的类型是 decay，此处需要 number',
          ),
        ],
      },
      {
        what: 'a linear cap naming a parameter that does not exist',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.scoring.linear.cap = 'tax_arrears_capp';
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'scoring.linear.cap',
            '引用了不存在的参数 tax_arrears_capp',
          ),
        ],
      },
      {
        what: 'bands scoring naming a lookup table',
        change: inIndicator('enterprise_age', (indicator) => {
          indicator.scoring.bands = 'tier_points';
        }),
        problems: [
          problem(
            'indicators/enterprise_age.yaml',
            'scoring.bands',
            '参数 tier_points 的类型是 lookup，此处需要 bands',
          ),
        ],
      },
      {
        what: 'lookup scoring for a count',
        change: inIndicator('tax_arrears_outstanding', (indicator) => {
          indicator.scoring = { lookup: 'tier_points' };
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.yaml',
            'scoring.lookup',
            '该指标的取值是数值，不能用 lookup 计分',
          ),
        ],
      },
      {
        what: 'linear scoring for a category value',
        change: inIndicator('tax_credit_rating', (indicator) => {
          indicator.scoring = { linear: { per_unit: 'tax_arrears_points' } };
        }),
        problems: [
          problem('indicators/tax_credit_rating.yaml', 'scoring.linear', '该指标的取值是类别，只能用 lookup 计分'),
        ],
      },
      {
        what: 'points scoring for the enterprise status',
        change: inIndicator('enterprise_status', (indicator) => {
          indicator.scoring = { as_points: {} };
        }),
        problems: [
          problem('indicators/enterprise_status.yaml', 'scoring.as_points', '该指标的取值是类别，只能用 lookup 计分'),
        ],
      },
      {
        what: 'band scoring for the enterprise tiers',
        change: inIndicator('sci_tech_tier', (indicator) => {
          indicator.scoring = { bands: 'enterprise_age_points' };
        }),
        problems: [problem('indicators/sci_tech_tier.yaml', 'scoring.bands', '该指标的取值是类别，只能用 lookup 计分')],
      },
      {
        what: 'an indicator without label, description or reference',
        change: inIndicator('trademarks', (indicator) => {
          delete indicator.label;
          indicator.description = '';
          delete indicator.reference;
        }),
        problems: [
          problem('indicators/trademarks.yaml', 'label', '缺少中文名称（label）'),
          problem('indicators/trademarks.yaml', 'description', '缺少中文说明（description）'),
          problem('indicators/trademarks.yaml', 'reference', '缺少依据（reference）'),
        ],
      },
    ],
  ],
  [
    'test cases',
    [
      {
        what: 'a test case with an unknown record status',
        change: inTests('tax_arrears_outstanding', (cases) => {
          cases[0].records[0].status = 'lost';
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.test.yaml',
            '[0].records[0].status',
            '应为 active/revoked/repaired/removed 之一',
          ),
        ],
      },
      {
        what: 'a test record of an unknown kind',
        change: inTests('tax_arrears_outstanding', (cases) => {
          cases[0].records[0].kind = 'tax_arrearz';
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].records[0].kind', '未知记录类别 tax_arrearz'),
        ],
      },
      {
        what: 'a test record with a date that is no date and an amount that is no number',
        change: inTests('tax_arrears_outstanding', (cases) => {
          cases[1].records[0].occurred_on = '2026-02-30';
          cases[1].records[0].ends_on = '三月';
          cases[1].records[1].amount = '三万';
          cases[1].records[1].quantity = '两';
        }),
        problems: [
          problem(
            'indicators/tax_arrears_outstanding.test.yaml',
            '[1].records[0].occurred_on',
            `${NOT_A_DATE}2026-02-30`,
          ),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[1].records[0].ends_on', `${NOT_A_DATE}三月`),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[1].records[1].amount', '应为数字，实为 "三万"'),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[1].records[1].quantity', '应为数字，实为 "两"'),
        ],
      },
      {
        what: 'a test case without name, as_of date or expectation',
        change: inTests('tax_arrears_outstanding', (cases) => {
          delete cases[0].name;
          delete cases[0].as_of;
          delete cases[0].expect;
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].expect', '缺少期望结果（expect）'),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].name', '缺少用例名称（一句完整的话）'),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].as_of', `${NOT_A_DATE}（空）`),
        ],
      },
      {
        what: 'a test case with an empty expectation and an as_of left blank',
        change: inTests('tax_arrears_outstanding', (cases) => {
          cases[0].expect = {};
          cases[0].as_of = null;
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].expect', '缺少期望结果（expect）'),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].as_of', `${NOT_A_DATE}（空）`),
        ],
      },
      {
        what: 'an empty test case and an empty test record',
        change: inTests('tax_arrears_outstanding', (cases) => {
          cases[0] = null;
          cases[1].records[0] = null;
        }),
        problems: [
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].expect', '缺少期望结果（expect）'),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].name', '缺少用例名称（一句完整的话）'),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[0].as_of', `${NOT_A_DATE}（空）`),
          problem('indicators/tax_arrears_outstanding.test.yaml', '[1].records[0].kind', '缺少记录类别'),
        ],
      },
      {
        what: 'a model test case whose enterprise has a bad registration date and tiers as one word',
        change: editYaml('model.test.yaml', (cases) => {
          cases[0].enterprise = { registered_on: '2018-05-32', tiers: 'tech_sme' };
        }),
        problems: [
          problem('model.test.yaml', '[0].enterprise.registered_on', `${NOT_A_DATE}2018-05-32`),
          problem('model.test.yaml', '[0].enterprise.tiers', '应为列表'),
        ],
      },
    ],
  ],
  [
    'model.yaml',
    [
      {
        what: 'a model without id, version, title or reference',
        change: inModel((model) => {
          delete model.id;
          delete model.version;
          model.title = '   ';
          delete model.reference;
        }),
        problems: [
          problem(M, 'id', '缺少模型标识'),
          problem(M, 'version', '缺少版本号'),
          problem(M, 'title', '缺少模型名称'),
          problem(M, 'reference', '缺少依据'),
        ],
      },
      {
        what: 'a model status that is neither draft nor published',
        change: inModel((model) => {
          model.status = 'final';
        }),
        problems: [problem(M, 'status', '应为 draft/published 之一')],
      },
      {
        what: 'a model without status',
        change: inModel((model) => {
          delete model.status;
        }),
        problems: [problem(M, 'status', '应为 draft/published 之一')],
      },
      {
        what: 'a model without an effective date',
        change: inModel((model) => {
          delete model.effective_from;
        }),
        problems: [problem(M, 'effective_from', `${NOT_A_DATE}（空）`)],
      },
      {
        what: 'an effective date left blank',
        change: editText(M, (text) => text.replace('effective_from: 2026-12-01', 'effective_from:')),
        problems: [problem(M, 'effective_from', `${NOT_A_DATE}（空）`)],
      },
      {
        what: 'an effective date that does not exist',
        change: inModel((model) => {
          model.effective_from = '2026-12-32';
        }),
        problems: [problem(M, 'effective_from', `${NOT_A_DATE}2026-12-32`)],
      },
      {
        what: 'an evaluable date written with slashes',
        change: inModel((model) => {
          model.evaluable_from = '2019/01/01';
        }),
        problems: [problem(M, 'evaluable_from', `${NOT_A_DATE}2019/01/01`)],
      },
      {
        what: 'an evaluable date after the effective date',
        change: inModel((model) => {
          model.evaluable_from = '2026-12-02';
        }),
        problems: [problem(M, 'evaluable_from', '可评价起始日不能晚于生效日期')],
      },
      ...[2.5, -1].map(
        (decimals): Refusal => ({
          what: `a score rounded to ${decimals} decimals`,
          change: inModel((model) => {
            model.score.decimals = decimals;
          }),
          problems: [problem(M, 'score.decimals', '应为不小于 0 的整数（总分保留的小数位数）')],
        }),
      ),
      {
        what: 'a score range without its numbers',
        change: inModel((model) => {
          delete model.score;
        }),
        problems: [
          problem(M, 'score.decimals', '应为数字，实为 null'),
          problem(M, 'score.min', '应为数字，实为 null'),
          problem(M, 'score.max', '应为数字，实为 null'),
        ],
      },
    ],
  ],
  [
    'dimensions',
    [
      {
        what: 'a dimension without id, label or reference',
        change: inModel((model) => {
          delete model.dimensions[0].id;
          delete model.dimensions[0].label;
          delete model.dimensions[0].reference;
        }),
        problems: [
          problem(M, 'dimensions[0].id', '缺少维度标识'),
          problem(M, 'dimensions[0].label', '缺少维度名称'),
          problem(M, 'dimensions[0].reference', '缺少依据'),
        ],
      },
      {
        what: 'an empty dimension entry',
        change: inModel((model) => {
          model.dimensions[0] = null;
        }),
        problems: [
          problem(M, 'dimensions[0].id', '缺少维度标识'),
          problem(M, 'dimensions[0].weight', '应为数字，实为 null'),
          problem(M, 'dimensions[0].weight', '权重应在 0 到 1 之间（占总分的比例）'),
          problem(M, 'dimensions[0].base', '应为数字，实为 null'),
          problem(M, 'dimensions[0].min', '应为数字，实为 null'),
          problem(M, 'dimensions[0].max', '应为数字，实为 null'),
          problem(M, 'dimensions[0].indicators', '维度至少需要一个指标'),
          problem(M, 'dimensions[0].label', '缺少维度名称'),
          problem(M, 'dimensions[0].reference', '缺少依据'),
          problem('indicators/enterprise_age.yaml', '', '指标 enterprise_age 未被任何维度引用'),
          problem('indicators/enterprise_status.yaml', '', '指标 enterprise_status 未被任何维度引用'),
          problem('indicators/sci_tech_tier.yaml', '', '指标 sci_tech_tier 未被任何维度引用'),
        ],
      },
      {
        what: 'two dimensions with the same id',
        change: inModel((model) => {
          model.dimensions[2].id = 'basic';
        }),
        problems: [problem(M, 'dimensions[2].id', '维度标识 basic 重复')],
      },
      ...[0, -0.05, 1.05].map(
        (weight): Refusal => ({
          what: `a dimension weight of ${weight}`,
          change: inModel((model) => {
            model.dimensions[0].weight = weight;
          }),
          problems: [problem(M, 'dimensions[0].weight', '权重应在 0 到 1 之间（占总分的比例）')],
        }),
      ),
      {
        what: 'a dimension weight written as a percentage text',
        change: inModel((model) => {
          model.dimensions[0].weight = '5%';
        }),
        problems: [
          problem(M, 'dimensions[0].weight', '应为数字，实为 "5%"'),
          problem(M, 'dimensions[0].weight', '权重应在 0 到 1 之间（占总分的比例）'),
        ],
      },
      {
        what: 'a dimension without weight',
        change: inModel((model) => {
          delete model.dimensions[0].weight;
        }),
        problems: [
          problem(M, 'dimensions[0].weight', '应为数字，实为 null'),
          problem(M, 'dimensions[0].weight', '权重应在 0 到 1 之间（占总分的比例）'),
        ],
      },
      {
        what: 'a base score above the dimension’s maximum',
        change: inModel((model) => {
          model.dimensions[0].base = 150;
        }),
        problems: [problem(M, 'dimensions[0]', '应满足 min ≤ base ≤ max')],
      },
      {
        what: 'a base score below the dimension’s minimum',
        change: inModel((model) => {
          model.dimensions[0].min = 60;
        }),
        problems: [problem(M, 'dimensions[0]', '应满足 min ≤ base ≤ max')],
      },
      {
        what: 'a dimension without indicators',
        change: inModel((model) => {
          model.dimensions[5].indicators = [];
        }),
        problems: [
          problem(M, 'dimensions[5].indicators', '维度至少需要一个指标'),
          problem('indicators/national_credit_evaluation.yaml', '', '指标 national_credit_evaluation 未被任何维度引用'),
        ],
      },
      {
        what: 'a dimension whose indicators are one word instead of a list',
        change: inModel((model) => {
          model.dimensions[5].indicators = 'national_credit_evaluation';
        }),
        problems: [
          problem(M, 'dimensions[5].indicators', '应为列表'),
          problem(M, 'dimensions[5].indicators', '维度至少需要一个指标'),
          problem('indicators/national_credit_evaluation.yaml', '', '指标 national_credit_evaluation 未被任何维度引用'),
        ],
      },
      {
        what: 'a dimension naming an indicator that has no file',
        change: inModel((model) => {
          model.dimensions[5].indicators.push('national_rank');
        }),
        problems: [
          problem(
            M,
            'dimensions[5].indicators',
            '引用了不存在的指标 national_rank（应有 indicators/national_rank.yaml）',
          ),
        ],
      },
      {
        what: 'an indicator in two dimensions',
        change: inModel((model) => {
          model.dimensions[1].indicators.push('enterprise_age');
        }),
        problems: [problem(M, 'dimensions[1].indicators', '指标 enterprise_age 已属于维度 basic')],
      },
      {
        what: 'an indicator in no dimension',
        change: inModel((model) => {
          model.dimensions[0].indicators = ['enterprise_age', 'sci_tech_tier'];
          model.vetoes.pop();
        }),
        problems: [problem('indicators/enterprise_status.yaml', '', '指标 enterprise_status 未被任何维度引用')],
      },
      {
        what: 'a model without dimensions',
        change: inModel((model) => {
          delete model.dimensions;
        }),
        problems: [
          problem(M, 'dimensions', '缺少评价维度'),
          ...indicatorIds().map((id) => problem(`indicators/${id}.yaml`, '', `指标 ${id} 未被任何维度引用`)),
        ],
      },
    ],
  ],
  [
    'grades and vetoes',
    [
      {
        what: 'a model without grades',
        change: inModel((model) => {
          delete model.grades;
        }),
        problems: [
          problem(M, 'grades', '缺少等级表'),
          problem(M, 'vetoes[0].cap_grade', '等级 D 不在等级表中'),
          problem(M, 'vetoes[1].cap_grade', '等级 C 不在等级表中'),
          problem(M, 'vetoes[2].cap_grade', '等级 D 不在等级表中'),
        ],
      },
      {
        what: 'a grade row without grade, label or SAMR class',
        change: inModel((model) => {
          model.grades[1] = { min_score: 70 };
        }),
        problems: [
          problem(M, 'grades[1].grade', '缺少等级'),
          problem(M, 'grades[1].label', '缺少等级中文名称'),
          problem(M, 'grades[1].samr.class', '缺少对应的市场监管信用风险分类'),
          problem(M, 'grades[1].samr.label', '缺少风险分类中文名称'),
        ],
      },
      {
        what: 'an empty grade row',
        change: inModel((model) => {
          model.grades[1] = null;
        }),
        problems: [
          problem(M, 'grades[1].grade', '缺少等级'),
          problem(M, 'grades[1].label', '缺少等级中文名称'),
          problem(M, 'grades[1].samr.class', '缺少对应的市场监管信用风险分类'),
          problem(M, 'grades[1].samr.label', '缺少风险分类中文名称'),
        ],
      },
      {
        what: 'a grade threshold that is not a number',
        change: inModel((model) => {
          model.grades[0].min_score = '八十四';
        }),
        problems: [problem(M, 'grades[0].min_score', '应为数字，实为 "八十四"')],
      },
      {
        what: 'a veto capping at a grade the table does not have',
        change: inModel((model) => {
          model.vetoes[0].cap_grade = 'E';
        }),
        problems: [problem(M, 'vetoes[0].cap_grade', '等级 E 不在等级表中')],
      },
      {
        what: 'a veto naming an indicator that does not exist',
        change: inModel((model) => {
          model.vetoes[0].indicator = 'serious_dishonesty_lister';
        }),
        problems: [problem(M, 'vetoes[0].indicator', '引用了不存在的指标 serious_dishonesty_lister')],
      },
      {
        what: 'a veto without its condition',
        change: inModel((model) => {
          delete model.vetoes[0].when;
        }),
        problems: [problem(M, 'vetoes[0].when', '应写明 min_value 或 values')],
      },
      {
        what: 'a veto whose condition is not a number or not a list',
        change: inModel((model) => {
          model.vetoes[0].when.min_value = '一';
          model.vetoes[2].when.values = '吊销';
        }),
        problems: [
          problem(M, 'vetoes[0].when.min_value', '应为数字，实为 "一"'),
          problem(M, 'vetoes[2].when.values', '应为列表'),
        ],
      },
      {
        what: 'an empty veto',
        change: inModel((model) => {
          model.vetoes[1] = null;
        }),
        problems: [
          problem(M, 'vetoes[1].indicator', '缺少触发否决的指标'),
          problem(M, 'vetoes[1].cap_grade', '缺少封顶等级'),
          problem(M, 'vetoes[1].when', '应写明 min_value 或 values'),
          problem(M, 'vetoes[1].id', '缺少否决项标识'),
          problem(M, 'vetoes[1].label', '缺少否决项名称'),
          problem(M, 'vetoes[1].reference', '缺少依据'),
        ],
      },
    ],
  ],
];

describe('model files: each refusal a model author can meet', () => {
  for (const [part, cases] of refusals) {
    describe(part, () => {
      for (const { what, change, problems } of cases) {
        test(`${what} is refused as invalid input, naming each problem's file, field and message`, () => {
          const dir = copyOfV1();
          change(dir);
          const refusal = refusalOf(dir);
          assert.equal(refusal.code, 'INVALID_INPUT');
          assert.deepEqual(refusal.details, problems);
        });
      }
    });
  }

  test('the refusal lists every problem, one a line, after the model directory and their number', () => {
    const dir = copyOfV1();
    inModel((model) => {
      model.status = 'final';
      model.dimensions[0].base = 150;
    })(dir);
    const where = path.relative(REPOSITORY_ROOT, dir);
    assert.equal(
      refusalOf(dir).userMessage,
      `模型 ${where} 有 2 处错误：\nmodel.yaml: status: 应为 draft/published 之一\nmodel.yaml: dimensions[0]: 应满足 min ≤ base ≤ max`,
    );
  });

  test('a YAML syntax error is refused with the parser’s first line', () => {
    const dir = copyOfV1();
    addParameterFile('spare_points: [\n  type: number\n')(dir);
    const text = fs.readFileSync(path.join(dir, 'parameters', 'variants.yaml'), 'utf8');
    let parserLine = '';
    try {
      YAML.parse(text);
    } catch (error) {
      parserLine = (error as Error).message.split('\n')[0]!;
    }
    assert.notEqual(parserLine, '');
    assert.deepEqual(refusalOf(dir).details, [
      problem('parameters/variants.yaml', '', `YAML 格式错误： ${parserLine}`),
    ]);
  });

  test('a model without model.yaml is read as no model at all', () => {
    const dir = copyOfV1();
    fs.rmSync(path.join(dir, M));
    const { model, problems } = readModel(dir);
    assert.equal(model, null);
    assert.deepEqual(problems.map(formatProblem), ['model.yaml: 文件不存在或无法读取']);
  });

  test('a model without a parameters directory is refused for the parameters its indicators name', () => {
    const dir = copyOfV1();
    fs.rmSync(path.join(dir, 'parameters'), { recursive: true });
    const problems = refusalOf(dir).details as ModelProblem[];
    assert.deepEqual(
      problems.filter((candidate) => !candidate.message.startsWith('引用了不存在的参数 ')),
      [],
    );
    assert.ok(problems.some((candidate) => candidate.message === '引用了不存在的参数 tax_arrears_points'));
  });

  test('a model without an indicators directory is refused for the indicators its dimensions and vetoes name', () => {
    const dir = copyOfV1();
    fs.rmSync(path.join(dir, 'indicators'), { recursive: true });
    const problems = refusalOf(dir).details as ModelProblem[];
    assert.deepEqual(
      problems.filter((candidate) => !candidate.message.startsWith('引用了不存在的指标 ')),
      [],
    );
    assert.equal(problems.length, indicatorIds().length + 3, 'each dimension entry and each veto');
  });
});

describe('model files: what a model author may write', () => {
  const accepted: Array<[string, (dir: string) => void]> = [
    ['the copy as shipped', () => {}],
    [
      'a dimension weight of exactly 1',
      inModel((model) => {
        model.dimensions[0].weight = 1;
      }),
    ],
    [
      'a base score equal to the minimum, and one equal to the maximum',
      inModel((model) => {
        model.dimensions[0].base = 0;
        model.dimensions[1].base = 100;
      }),
    ],
    [
      'an evaluable date equal to the effective date',
      inModel((model) => {
        model.evaluable_from = model.effective_from;
      }),
    ],
    [
      'a score rounded to whole points',
      inModel((model) => {
        model.score.decimals = 0;
      }),
    ],
    ['a numeric version', editText(M, (text) => text.replace('version: v1', 'version: 1'))],
    [
      'a grade row with an empty threshold and no description',
      inModel((model) => {
        model.grades[3].min_score = null;
        delete model.grades[3].description;
      }),
    ],
    [
      'bands with empty bounds, and a decay step of exactly one month',
      (dir) => {
        editYaml('parameters/basic.yaml', (document) => {
          document.enterprise_age_points.values['2019-01-01'][0].min = null;
          document.enterprise_age_points.values['2019-01-01'][4].below = null;
        })(dir);
        editYaml('parameters/dishonesty.yaml', (document) => {
          document.penalty_decay.values['2019-01-01'][0].max_age_months = 1;
          document.penalty_decay.values['2019-01-01'][2].max_age_months = null;
        })(dir);
      },
    ],
    [
      'a sum over an amount, a filter on a reporting department, and an empty decay',
      inIndicator('tax_arrears_outstanding', (indicator) => {
        indicator.rule.type = 'sum';
        indicator.rule.field = 'amount';
        indicator.rule.where = { department: ['tax'] };
        indicator.rule.decay = null;
      }),
    ],
    [
      'a note beside the parameter files',
      (dir) => fs.writeFileSync(path.join(dir, 'parameters', 'README.md'), '# 说明\n'),
    ],
    ['an indicator without test file', (dir) => fs.rmSync(path.join(dir, 'indicators', 'trademarks.test.yaml'))],
  ];
  for (const [what, change] of accepted) {
    test(`${what} loads without a problem`, () => {
      const dir = copyOfV1();
      change(dir);
      assert.deepEqual(readModel(dir).problems, []);
      assert.equal(loadModel(dir).id, 'huarong-sci-tech');
    });
  }

  test('a grade row without description is shown with an empty one, and a model without model.test.yaml has no model-level cases', () => {
    const dir = copyOfV1();
    inModel((model) => {
      delete model.grades[3].description;
    })(dir);
    fs.rmSync(path.join(dir, 'model.test.yaml'));
    const model = loadModel(dir);
    assert.equal(model.grades[3]!.description, '');
    assert.deepEqual(model.tests, []);
  });

  test('labels padded with spaces are read without them', () => {
    const dir = copyOfV1();
    inModel((model) => {
      model.title = `  ${model.title}  `;
    })(dir);
    assert.equal(loadModel(dir).title, '华容区科创企业公共信用综合评价');
  });

  test('the digest changes with a parameter value but not with a test case', () => {
    const shipped = loadModel(copyOfV1()).digest;
    const retitled = copyOfV1();
    inTests('tax_arrears_outstanding', (cases) => {
      cases[0].name = `${cases[0].name}（改写）`;
    })(retitled);
    editYaml('model.test.yaml', (cases) => {
      cases[0].name = `${cases[0].name}（改写）`;
    })(retitled);
    assert.equal(loadModel(retitled).digest, shipped);
    const repriced = copyOfV1();
    editYaml('parameters/performance.yaml', (document) => {
      document.tax_arrears_points.values['2019-01-01'] = -21;
    })(repriced);
    assert.notEqual(loadModel(repriced).digest, shipped);
  });
});

describe('the days a loaded model can evaluate', () => {
  /** The refusal to prepare a model for a day (it must refuse). */
  function refusalToPrepare(dir: string, asOf: string): AppError {
    const compiled = compileModel(loadModel(dir));
    try {
      compiled.prepare(asOf);
    } catch (error) {
      assert.ok(isAppError(error), `preparing threw ${error}`);
      return error;
    }
    assert.fail(`the model was prepared for ${asOf}`);
  }

  test('a model evaluates from its evaluable date on, that day included', () => {
    const prepared = compileModel(loadModel(copyOfV1())).prepare('2019-01-01');
    assert.equal(prepared.asOf, '2019-01-01');
  });

  test('a day before the evaluable date is refused as a precondition, naming both days', () => {
    const refusal = refusalToPrepare(copyOfV1(), '2018-12-31');
    assert.equal(refusal.code, 'PRECONDITION_FAILED');
    assert.equal(refusal.userMessage, '模型 huarong-sci-tech/v1 只能评价 2019-01-01 及以后的日期，不能评价 2018-12-31');
  });

  test('a day that is not YYYY-MM-DD is refused as invalid input', () => {
    const refusal = refusalToPrepare(copyOfV1(), '2026-02-30');
    assert.equal(refusal.code, 'INVALID_INPUT');
    assert.equal(refusal.userMessage, '评价基准日不是有效日期（YYYY-MM-DD）： 2026-02-30');
  });

  test('a day on which a parameter has no value yet is refused, naming the parameter and the evaluable date', () => {
    const dir = copyOfV1();
    editText('parameters/performance.yaml', (text) =>
      text.replace('    2019-01-01: 0\n    2025-02-08: -5\n', '    2025-02-08: -5\n'),
    )(dir);
    const refusal = refusalToPrepare(dir, '2024-06-30');
    assert.equal(refusal.code, 'PRECONDITION_FAILED');
    assert.equal(
      refusal.userMessage,
      '参数 utility_arrears_points（每笔尚未缴清的水、电、燃气费欠费扣分;自 001 号文印发(2025-02-08)起归集公共事业缴费信息并计分,此前不计）在 2024-06-30 没有有效值；模型 huarong-sci-tech/v1 可评价的起始日为 2019-01-01',
    );
  });
});

describe('model directories', () => {
  test('the models directory lists each version holding a model.yaml, in order, and nothing else', () => {
    // Created in reverse and in numbers, so that a file system listing in creation or hash order is not sorted already.
    const root = path.join(work, 'models-root');
    const ids = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'];
    const versions = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
    for (const id of [...ids].reverse()) {
      for (const version of [...versions].reverse()) {
        fs.mkdirSync(path.join(root, id, version), { recursive: true });
        if (version !== 'v6') fs.writeFileSync(path.join(root, id, version, 'model.yaml'), 'id: x\n');
      }
    }
    fs.writeFileSync(path.join(root, 'README.md'), '# 模型\n');
    assert.deepEqual(
      findModelDirs(root),
      ids.flatMap((id) => versions.slice(0, -1).map((version) => path.join(root, id, version))),
    );
  });

  test('a models directory that does not exist lists no model', () => {
    assert.deepEqual(findModelDirs(path.join(work, 'no-models-here')), []);
  });

  test('a model version without model.yaml is not found, and the message names the file looked for', () => {
    for (const version of ['v99', 'v1/indicators']) {
      assert.throws(
        () => loadModelVersion('huarong-sci-tech', version),
        (error) =>
          isAppError(error) &&
          error.code === 'NOT_FOUND' &&
          error.userMessage ===
            `找不到模型 huarong-sci-tech/${version}（应有 models/huarong-sci-tech/${version}/model.yaml）`,
      );
    }
  });
});
