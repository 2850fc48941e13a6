import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadUsccAuthorities } from '../catalog/uscc-authorities.ts';
import {
  describeUsccEntity as describeWithTable,
  isAcceptableAsLegacy,
  isValidUscc as isValidWithTable,
  makeOrganizationCode,
  makeUscc,
  normalizeUscc,
  USCC_ALPHABET,
  validateUscc as validateWithTable,
} from './uscc.ts';

// The authority table is the catalog's (catalog/uscc-authorities.yaml, GB 32100-2015 附录A).
const authorities = loadUsccAuthorities();
const validateUscc = (code: string) => validateWithTable(code, authorities);
const describeUsccEntity = (code: string) => describeWithTable(code, authorities);
const isValidUscc = (code: string) => isValidWithTable(code, authorities);

// Real codes published online (the python-stdnum test list and well-known companies), each checked by hand against
// GB 32100-2015. Several end in the check character '0', the case some validators get wrong.
const REAL_CODES = [
  '91110000600037341L',
  '91330100716105852F',
  '9144030071526726XG',
  '914403001922038216',
  '91110108551385082Q',
  '91110000802100433B',
  '121200004013590816',
  '91310115MA1K3BTP2B',
  '91420684MA4927PJ7B',
  '91620105L015101280',
];
const REAL_CODES_ENDING_IN_ZERO = [
  '911522010783762860',
  '91340600MA2PBP2120',
  '9162010558590643X0',
  '92340604MA2PENA300',
  '92340621MA2PBN4YX0',
  '92340603MA2UK1TD00',
];

describe('USCC validation', () => {
  test('real codes are valid, without any warning', () => {
    for (const code of REAL_CODES) assert.deepEqual(validateUscc(code), { normalized: code, valid: true }, code);
  });

  test('real codes whose check character is 0 are valid', () => {
    for (const code of REAL_CODES_ENDING_IN_ZERO) assert.equal(validateUscc(code).valid, true, code);
  });

  test('lower case, spaces, hyphens and full-width characters are normalised before checking', () => {
    assert.equal(normalizeUscc(' 9111-0000 6000\u300037341l '), '91110000600037341L');
    assert.equal(normalizeUscc('９１１１００００６０００３７３４１Ｌ'), '91110000600037341L');
    const result = validateUscc('91 110000-600037341l');
    assert.equal(result.valid, true);
    assert.equal(result.normalized, '91110000600037341L');
  });

  test('full-width letters and punctuation fold to their ASCII forms, from ａ to ｚ and from ！ to ～', () => {
    assert.equal(normalizeUscc('ａｚＡＺ０９'), 'AZAZ09');
    assert.equal(normalizeUscc('！～'), '!~');
    assert.equal(normalizeUscc('az'), 'AZ');
  });

  test('a character just past ASCII (U+0080, a copy-paste artefact) is refused as outside the alphabet', () => {
    const result = validateUscc('91110000600037341\u0080');
    assert.equal(result.failure, 'alphabet');
    assert.match(result.reason!, /第18位/);
  });

  test('isValidUscc gives the verdict alone', () => {
    assert.equal(isValidUscc('91110000600037341L'), true);
    assert.equal(isValidUscc('91110000600037341M'), false);
  });

  test('a code of the wrong length is refused with its actual length', () => {
    assert.deepEqual(validateUscc('9111000060003734'), {
      normalized: '9111000060003734',
      valid: false,
      failure: 'length',
      reason: '长度不是18位（实际16位）',
    });
    assert.equal(validateUscc('').reason, '长度不是18位（实际0位）');
    assert.equal(validateUscc('91110000600037341L9').reason, '长度不是18位（实际19位）');
  });

  test('a character outside the alphabet is refused with its position', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      const result = validateUscc(`9111000060003734${letter}L`);
      assert.equal(result.failure, 'alphabet');
      assert.equal(result.reason, `第17位字符“${letter}”不在允许字符集内`);
    }
    assert.equal(validateUscc('9111000060003734中L').reason, '第17位字符“中”不在允许字符集内');
  });

  test('an unknown registering authority is refused', () => {
    assert.deepEqual(validateUscc('B1110000600037341L'), {
      normalized: 'B1110000600037341L',
      valid: false,
      failure: 'authority',
      reason: '登记管理部门代码“B”无效',
    });
  });

  test('every authority and entity type of GB 32100-2015 附录A is accepted, and only those', () => {
    const expected: Record<string, string> = {
      '1': '1239',
      '2': '19',
      '3': '123459',
      '4': '19',
      '5': '1239',
      '6': '129',
      '7': '129',
      '8': '19',
      '9': '123',
      A: '19',
      N: '1239',
      Y: '1',
    };
    for (const authority of USCC_ALPHABET) {
      for (const type of USCC_ALPHABET) {
        const result = validateUscc(makeUscc(`${authority}${type}420703MA4F1B2C3`));
        const allowed = expected[authority]?.includes(type) ?? false;
        assert.equal(result.valid, allowed, `${authority}${type}`);
        if (!allowed)
          assert.equal(result.failure, expected[authority] ? 'entity_type' : 'authority', `${authority}${type}`);
      }
    }
    assert.equal(
      validateUscc(makeUscc('94420703MA4F1B2C3')).reason,
      '机构类别代码“4”对登记管理部门“9 工商（市场监管）”无效',
    );
  });

  test('a region code that is not six digits is refused', () => {
    const result = validateUscc('9142A703MA4F1B2C3D');
    assert.equal(result.failure, 'region');
    assert.match(result.reason!, /^区划码不是6位数字/);
  });

  test('a wrong check character is refused with the expected one', () => {
    assert.deepEqual(validateUscc('91110000600037341N'), {
      normalized: '91110000600037341N',
      valid: false,
      failure: 'check',
      reason: '校验位应为“L”实际为“N”',
    });
    assert.equal(validateUscc('91340600MA2PBP2121').reason, '校验位应为“0”实际为“1”');
  });

  test('a wrong organisation-code check character is only a warning', () => {
    // 91110000600037341L with its organisation check changed from 1 to 2 and a recomputed USCC check character.
    const code = makeUscc('91110000600037342');
    const result = validateUscc(code);
    assert.equal(result.valid, true);
    assert.equal(result.warning, '组织机构代码（第9–17位）校验位应为“1”实际为“2”（GB 11714，仅提示）');
  });

  test('an early Fujian pilot code fails the mod-31 check and may be accepted as a legacy code', () => {
    const result = validateUscc('91350203M0001QKT19');
    assert.equal(result.failure, 'check');
    assert.equal(isAcceptableAsLegacy(result), true);
  });

  test('only malformed codes can never be accepted as legacy codes', () => {
    assert.equal(isAcceptableAsLegacy(validateUscc('9111000060003734')), false);
    assert.equal(isAcceptableAsLegacy(validateUscc('9111000060003734IL')), false);
    assert.equal(isAcceptableAsLegacy(validateUscc('B1110000600037341L')), true);
    assert.equal(isAcceptableAsLegacy(validateUscc('91110000600037341L')), false);
  });

  test('the registering authorities of GB 32100-2015 附录A are listed with their entity types', () => {
    const market = authorities.authorities.find((authority) => String(authority.code) === '9');
    assert.equal(market?.label, '工商（市场监管）');
    assert.equal(market?.types['1'], '企业');
  });

  test('an authority with an entity type it does not register is not described', () => {
    assert.equal(describeUsccEntity('9Z'), undefined);
    assert.equal(describeUsccEntity('9'), undefined);
  });

  test('the authority and entity type of a code can be described', () => {
    assert.deepEqual(describeUsccEntity('91110000600037341L'), { authority: '工商（市场监管）', entityType: '企业' });
    assert.deepEqual(describeUsccEntity('121200004013590816'), { authority: '机构编制', entityType: '事业单位' });
    assert.equal(describeUsccEntity('B1'), undefined);
  });
});

describe('USCC generation', () => {
  test('makeUscc appends the check character that validation expects', () => {
    for (const code of [...REAL_CODES, ...REAL_CODES_ENDING_IN_ZERO]) assert.equal(makeUscc(code.slice(0, 17)), code);
  });

  test('generated codes with every check character validate', () => {
    const seen = new Set<string>();
    for (let serial = 0; seen.size < USCC_ALPHABET.length && serial < 10_000; serial += 1) {
      const body = makeOrganizationCode(`MA${String(serial).padStart(6, '0')}`);
      const code = makeUscc(`91420703${body}`);
      seen.add(code[17]);
      assert.deepEqual(validateUscc(code), { normalized: code, valid: true });
    }
    assert.equal(seen.size, USCC_ALPHABET.length);
  });

  test('makeUscc refuses a prefix that is not 17 characters of the alphabet', () => {
    assert.throws(() => makeUscc('9142070'));
    assert.throws(() => makeUscc('91420703MA4F1B2CI'));
  });

  test('makeUscc refuses 18 characters too, and names what it needs', () => {
    assert.throws(() => makeUscc('91110000600037341L'), /makeUscc needs 17 characters/);
  });

  test('makeOrganizationCode refuses a body that is not exactly 8 digits or upper-case letters', () => {
    assert.throws(() => makeOrganizationCode('6000373'), /needs 8 digits/);
    assert.throws(() => makeOrganizationCode('600037345'), /needs 8 digits/);
    assert.throws(() => makeOrganizationCode('x60003734'), /needs 8 digits/);
    assert.throws(() => makeOrganizationCode('60003734x'), /needs 8 digits/);
  });

  test('an organisation code whose body holds a 9 gets the GB 11714 check character', () => {
    // 9×3 + 9×7 + 9×9 + 9×10 + 9×5 + 9×8 + 9×4 + 9×2 = 432; 432 mod 11 = 3; 11 − 3 = 8.
    assert.equal(makeOrganizationCode('99999999'), '999999998');
  });

  test('makeOrganizationCode computes the GB 11714 check character', () => {
    assert.equal(makeOrganizationCode('60003734'), '600037341');
    assert.equal(makeOrganizationCode('71526726'), '71526726X');
    assert.equal(makeOrganizationCode('07837628'), '078376286');
  });
});
