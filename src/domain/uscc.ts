/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015 (DOMAIN.md §2).
 *
 * Structure: position 1 registering authority, 2 entity type, 3–8 administrative division (GB/T 2260),
 * 9–17 organisation code (GB 11714), 18 check character. Format and the mod-31 check are hard rejections; the
 * embedded organisation-code check is only a warning, because real, legal codes exist that fail it.
 *
 * The importer calls `validateUscc` once per row (millions of rows), so the hot path allocates nothing but the
 * result: one pass over the characters through a lookup table, no regular expressions, no intermediate strings
 * unless the input needs normalising.
 */

/** The 31 characters of the code; a character's value is its index. I, O, Z, S and V are excluded (GB 32100-2015). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_LENGTH = 18;

/** Which rule a code broke. Only `length` and `alphabet` make it malformed beyond any manual acceptance. */
export type UsccFailure = 'length' | 'alphabet' | 'authority' | 'entity_type' | 'region' | 'check';

export interface UsccValidation {
  /** Upper-cased, spaces and hyphens removed, full-width characters folded to ASCII. */
  normalized: string;
  valid: boolean;
  failure?: UsccFailure;
  /** Why the code is refused, in Chinese. */
  reason?: string;
  /** A doubt that does not refuse the code (the organisation-code check), in Chinese. */
  warning?: string;
}

const MODULUS = USCC_ALPHABET.length; // 31
// GB 32100-2015 check character weights: W_i = 3^i mod 31, i = 0..16.
// Stryker disable next-line ArithmeticOperator: an 18th weight would never be read.
const WEIGHTS = Int32Array.from({ length: USCC_LENGTH - 1 }, (_, i) => {
  let weight = 1;
  for (let step = 0; step < i; step += 1) weight = (weight * 3) % MODULUS;
  return weight;
});
// GB 11714-1997 organisation code: 8 body characters weighted, check = 11 − (Σ mod 11), 10 → X, 11 → 0.
const ORGANIZATION_WEIGHTS = Int32Array.of(3, 7, 9, 10, 5, 8, 4, 2);
const ORGANIZATION_MODULUS = 11;
const ORGANIZATION_START = 8;
const REGION_START = 2;
const REGION_END = 8;

/** Value of each ASCII character in the alphabet, −1 for any other character. */
const VALUE = new Int8Array(128).fill(-1);
// Stryker disable next-line EqualityOperator: one step past the end writes VALUE[NaN], which a typed array ignores.
for (let index = 0; index < USCC_ALPHABET.length; index += 1) VALUE[USCC_ALPHABET.charCodeAt(index)] = index;

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 65;
const CODE_LOWER_A = 97;
const CODE_LOWER_Z = 122;
const CODE_HYPHEN = 45;
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const NO_BREAK_SPACE = 0x00a0;

export interface UsccAuthority {
  code: string;
  label: string;
  types: Record<string, string>;
}

/** The registering-authority / entity-type table compiled for validation (`compileUsccAuthorities`). */
export interface UsccAuthorityTable {
  authorities: readonly UsccAuthority[];
  /** By authority character value: a bit set of allowed entity-type values; 0 = unknown authority. */
  allowedTypes: Int32Array;
  byValue: Array<UsccAuthority | undefined>;
}

/**
 * Compiles the registering-authority / entity-type table (reference data: catalog/uscc-authorities.yaml,
 * GB 32100-2015 附录A, loaded by src/catalog/uscc-authorities.ts) into a bit set per authority.
 */
export function compileUsccAuthorities(authorities: readonly UsccAuthority[]): UsccAuthorityTable {
  const allowedTypes = new Int32Array(MODULUS);
  // Stryker disable next-line ArrayDeclaration: a sparse array grows as it is filled; the size is a hint.
  const byValue: Array<UsccAuthority | undefined> = new Array(MODULUS);
  for (const authority of authorities) {
    const value = VALUE[String(authority.code).charCodeAt(0)];
    if (value === undefined || value < 0)
      throw new Error(`catalog/uscc-authorities.yaml: invalid authority code ${authority.code}`);
    byValue[value] = authority;
    for (const type of Object.keys(authority.types)) allowedTypes[value] |= 1 << VALUE[type.charCodeAt(0)];
  }
  return { authorities, allowedTypes, byValue };
}

/** Upper-cases, drops spaces and hyphens (ASCII, full-width, no-break) and folds full-width letters and digits. */
export function normalizeUscc(input: string): string {
  let output = '';
  for (let index = 0; index < input.length; index += 1) {
    let code = input.charCodeAt(index);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) code -= FULL_WIDTH_OFFSET;
    if (code <= 32 || code === CODE_HYPHEN || code === IDEOGRAPHIC_SPACE || code === NO_BREAK_SPACE) continue;
    if (code >= CODE_LOWER_A && code <= CODE_LOWER_Z) code -= 32;
    output += String.fromCharCode(code);
  }
  return output;
}

/** True when every character is already a character of the alphabet (the common case: nothing to normalise). */
// Stryker disable all: a fast path only; normalizeUscc returns the strings it would let through unchanged.
function isAlreadyNormal(input: string): boolean {
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    if (code >= 128 || VALUE[code] < 0) return false;
  }
  return true;
}
// Stryker restore all

/** The check character (position 18) for the first 17 characters, or '' if one of them is outside the alphabet. */
function computeCheckCharacter(code: string): string {
  let sum = 0;
  for (let index = 0; index < USCC_LENGTH - 1; index += 1) {
    const char = code.charCodeAt(index);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UnaryOperator: callers pass only alphabet characters or throw on ''.
    const value = char < 128 ? VALUE[char] : -1;
    if (value < 0) return '';
    sum += value * WEIGHTS[index];
  }
  // A raw 31 becomes 0: codes ending in '0' are valid (some libraries wrongly reject them).
  return USCC_ALPHABET[(MODULUS - (sum % MODULUS)) % MODULUS];
}

/** GB 11714 value of an organisation-code character: digits 0–9, letters A=10 … Z=35. */
function organizationValue(char: number): number {
  return char <= CODE_9 ? char - CODE_0 : char - CODE_A + 10;
}

/** The organisation-code check character for 8 body characters starting at `start`. */
function computeOrganizationCheck(code: string, start: number): string {
  let sum = 0;
  for (let index = 0; index < ORGANIZATION_WEIGHTS.length; index += 1) {
    sum += organizationValue(code.charCodeAt(start + index)) * ORGANIZATION_WEIGHTS[index];
  }
  const check = ORGANIZATION_MODULUS - (sum % ORGANIZATION_MODULUS);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

function refuse(normalized: string, failure: UsccFailure, reason: string): UsccValidation {
  return { normalized, valid: false, failure, reason };
}

/** Validates one code against the authority table. Never throws; the reason names the position and the rule, in Chinese. */
export function validateUscc(input: string, table: UsccAuthorityTable): UsccValidation {
  const code = isAlreadyNormal(input) ? input : normalizeUscc(input);
  if (code.length !== USCC_LENGTH) return refuse(code, 'length', `长度不是18位（实际${code.length}位）`);
  // Stryker disable next-line EqualityOperator: one step past the end reads NaN, which refuses nothing.
  for (let index = 0; index < USCC_LENGTH; index += 1) {
    const char = code.charCodeAt(index);
    if (char >= 128 || VALUE[char] < 0)
      return refuse(code, 'alphabet', `第${index + 1}位字符“${code[index]}”不在允许字符集内`);
  }
  const authorityValue = VALUE[code.charCodeAt(0)];
  const allowed = table.allowedTypes[authorityValue];
  if (allowed === 0) return refuse(code, 'authority', `登记管理部门代码“${code[0]}”无效`);
  if ((allowed & (1 << VALUE[code.charCodeAt(1)])) === 0) {
    return refuse(
      code,
      'entity_type',
      `机构类别代码“${code[1]}”对登记管理部门“${code[0]} ${table.byValue[authorityValue]!.label}”无效`,
    );
  }
  for (let index = REGION_START; index < REGION_END; index += 1) {
    const char = code.charCodeAt(index);
    if (char < CODE_0 || char > CODE_9)
      return refuse(code, 'region', `区划码不是6位数字（第3–8位为“${code.slice(REGION_START, REGION_END)}”）`);
  }
  const expected = computeCheckCharacter(code);
  if (code[USCC_LENGTH - 1] !== expected)
    return refuse(code, 'check', `校验位应为“${expected}”实际为“${code[USCC_LENGTH - 1]}”`);
  const organizationCheck = computeOrganizationCheck(code, ORGANIZATION_START);
  if (code[USCC_LENGTH - 2] !== organizationCheck) {
    return {
      normalized: code,
      valid: true,
      warning: `组织机构代码（第9–17位）校验位应为“${organizationCheck}”实际为“${code[USCC_LENGTH - 2]}”（GB 11714，仅提示）`,
    };
  }
  return { normalized: code, valid: true };
}

/** Shorthand for when only the verdict matters. */
export function isValidUscc(input: string, table: UsccAuthorityTable): boolean {
  return validateUscc(input, table).valid;
}

/**
 * Whether an operator may accept a code that fails validation as a known legacy code: anything but a malformed
 * one (wrong length or characters). Early pilot codes fail the mod-31 check or predate today's authority table.
 */
export function isAcceptableAsLegacy(validation: UsccValidation): boolean {
  return !validation.valid && validation.failure !== 'length' && validation.failure !== 'alphabet';
}

/** The authority and entity type a (well-formed) code states, e.g. { authority: '工商(市场监管)', entityType: '企业' }. */
export function describeUsccEntity(
  code: string,
  table: UsccAuthorityTable,
): { authority: string; entityType: string } | undefined {
  const authority = table.byValue[VALUE[code.charCodeAt(0)] ?? -1];
  const entityType = authority?.types[code[1] ?? ''];
  return authority && entityType ? { authority: authority.label, entityType } : undefined;
}

/** Appends the check character to 17 characters of the alphabet (demo data, tests). */
export function makeUscc(prefix17: string): string {
  const check = prefix17.length === USCC_LENGTH - 1 ? computeCheckCharacter(prefix17) : '';
  if (!check) throw new Error(`makeUscc needs 17 characters of ${USCC_ALPHABET}, got "${prefix17}"`);
  return prefix17 + check;
}

/** Appends the GB 11714 check character to an 8-character organisation-code body (digits and upper-case letters). */
export function makeOrganizationCode(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8))
    throw new Error(`makeOrganizationCode needs 8 digits or upper-case letters, got "${body8}"`);
  return body8 + computeOrganizationCheck(body8, 0);
}
