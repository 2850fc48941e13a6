import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formatProblem, MODELS_DIR, readModel } from './load-model.ts';

// Each way an editor of a model's files can get them wrong, applied alone to a copy of model v1: the model is read
// with exactly the problem named (file, field, reason in Chinese), so a broken edit never reaches an evaluation.

const V1 = path.join(MODELS_DIR, 'huarong-sci-tech', 'v1');
let work: string;

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-model-files-'));
});
after(() => fs.rmSync(work, { recursive: true, force: true }));

let copies = 0;
/** The problems of a copy of model v1 with one file's text edited (`edit` must change it). */
function problemsAfter(file: string, edit: (text: string) => string): string[] {
  const dir = path.join(work, `v1-${(copies += 1)}`);
  fs.cpSync(V1, dir, { recursive: true });
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `the edit of ${file} changed nothing`);
  fs.writeFileSync(target, after);
  return readModel(dir).problems.map(formatProblem);
}

describe('model files: what an editor can get wrong', () => {
  test('the copy as shipped reads without a problem', () => {
    const dir = path.join(work, 'unchanged');
    fs.cpSync(V1, dir, { recursive: true });
    assert.deepEqual(readModel(dir).problems, []);
  });

  const cases: Array<[string, string, (text: string) => string, RegExp]> = [
    [
      'a YAML syntax error',
      'parameters/performance.yaml',
      (text) => text.replace('tax_arrears_points:\n', 'tax_arrears_points: [\n'),
      /^parameters\/performance\.yaml: YAML 格式错误： /,
    ],
    [
      'a parameter value that is not a number',
      'parameters/performance.yaml',
      (text) => text.replace('    2019-01-01: -20\n', '    2019-01-01: 二十\n'),
      /^parameters\/performance\.yaml: tax_arrears_points\.values\.2019-01-01: 应为数字，实为 "二十"$/,
    ],
    [
      'a parameter effective date that is no date',
      'parameters/performance.yaml',
      (text) => text.replace('    2019-01-01: -20\n', '    2019-13-01: -20\n'),
      /^parameters\/performance\.yaml: tax_arrears_points\.values\.2019-13-01: 生效日期不是有效日期（YYYY-MM-DD）$/,
    ],
    [
      'a parameter of an unknown type',
      'parameters/performance.yaml',
      (text) => text.replace('tax_arrears_points:\n  type: number', 'tax_arrears_points:\n  type: percent'),
      /^parameters\/performance\.yaml: tax_arrears_points\.type: 应为 number\/lookup\/bands\/decay 之一$/,
    ],
    [
      'a parameter identifier with capitals',
      'parameters/performance.yaml',
      (text) => text.replace('tax_arrears_cap:\n', 'Tax_Arrears_Cap:\n'),
      /^parameters\/performance\.yaml: Tax_Arrears_Cap: 参数标识只能用小写字母、数字和下划线$/,
    ],
    [
      'an indicator naming a parameter that does not exist',
      'indicators/tax_arrears_outstanding.yaml',
      (text) => text.replace('per_unit: tax_arrears_points', 'per_unit: tax_arrears_pointz'),
      /^indicators\/tax_arrears_outstanding\.yaml: scoring.*引用了不存在的参数 tax_arrears_pointz$/,
    ],
    [
      'an indicator reading an unknown record kind',
      'indicators/tax_arrears_outstanding.yaml',
      (text) => text.replace('kinds: [tax_arrears]', 'kinds: [tax_arrearz]'),
      /^indicators\/tax_arrears_outstanding\.yaml: rule\.kinds: 未知记录类别 tax_arrearz/,
    ],
    [
      'an indicator with an unknown window',
      'indicators/tax_arrears_outstanding.yaml',
      (text) => text.replace('window: outstanding', 'window: forever'),
      /^indicators\/tax_arrears_outstanding\.yaml: rule\.window: 应为 valid、outstanding、all 或 \{ months: 参数 \}$/,
    ],
    [
      'an indicator whose id differs from its file name',
      'indicators/tax_arrears_outstanding.yaml',
      (text) => text.replace('id: tax_arrears_outstanding', 'id: tax_arrears'),
      /^indicators\/tax_arrears_outstanding\.yaml: id: 指标标识应与文件名一致（tax_arrears_outstanding）$/,
    ],
    [
      'a test case with an unknown record status',
      'indicators/tax_arrears_outstanding.test.yaml',
      (text) => text.replace('subtype: 增值税, amount: 12 }', 'subtype: 增值税, amount: 12, status: lost }'),
      /^indicators\/tax_arrears_outstanding\.test\.yaml: .*\.status: 应为 .* 之一$/,
    ],
    [
      'a model status that is neither draft nor published',
      'model.yaml',
      (text) => text.replace('status: draft', 'status: final'),
      /^model\.yaml: status: 应为 draft\/published 之一$/,
    ],
    [
      'an evaluable date after the effective date',
      'model.yaml',
      (text) => text.replace('evaluable_from: 2019-01-01', 'evaluable_from: 2027-01-01'),
      /^model\.yaml: evaluable_from: 可评价起始日不能晚于生效日期$/,
    ],
    [
      'a dimension weight above one',
      'model.yaml',
      (text) => text.replace('    weight: 0.05\n    base: 50\n', '    weight: 1.05\n    base: 50\n'),
      /^model\.yaml: dimensions\[0\]\.weight: 权重应在 0 到 1 之间（占总分的比例）$/,
    ],
    [
      'a base score outside the dimension’s range',
      'model.yaml',
      (text) => text.replace('    weight: 0.05\n    base: 50\n', '    weight: 0.05\n    base: 150\n'),
      /^model\.yaml: dimensions\[0\]: 应满足 min ≤ base ≤ max$/,
    ],
    [
      'a veto capping at a grade the table does not have',
      'model.yaml',
      (text) => text.replace('when: { min_value: 1 }\n    cap_grade: D', 'when: { min_value: 1 }\n    cap_grade: E'),
      /^model\.yaml: vetoes\[0\]\.cap_grade: 等级 E 不在等级表中$/,
    ],
    [
      'a veto naming an indicator that does not exist',
      'model.yaml',
      (text) => text.replace('indicator: serious_dishonesty_listed', 'indicator: serious_dishonesty_lister'),
      /^model\.yaml: vetoes\[0\]\.indicator: 引用了不存在的指标 serious_dishonesty_lister$/,
    ],
    [
      'a veto without its condition',
      'model.yaml',
      (text) => text.replace('    when: { min_value: 1 }\n    cap_grade: D', '    cap_grade: D'),
      /^model\.yaml: vetoes\[0\]\.when: 应写明 min_value 或 values$/,
    ],
  ];
  for (const [what, file, edit, problem] of cases) {
    test(`${what} is refused with its file, field and reason`, () => {
      const problems = problemsAfter(file, edit);
      assert.ok(
        problems.some((candidate) => problem.test(candidate)),
        `expected ${problem} among:\n${problems.join('\n')}`,
      );
    });
  }
});
