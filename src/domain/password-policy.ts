/**
 * The password rules of GB/T 22239-2019 8.1.4.1 a) (身份鉴别信息具有复杂度要求并定期更换), as pure checks. The numbers
 * come from catalog/account-security.yaml; the common-password list from catalog/common-passwords.txt.
 */
export interface PasswordRules {
  minLength: number;
  minCharacterClasses: number;
  /** Lower-cased common passwords. */
  commonPasswords: ReadonlySet<string>;
}

const CHARACTER_CLASSES: Array<[string, RegExp]> = [
  ['大写字母', /\p{Lu}/u],
  ['小写字母', /\p{Ll}/u],
  ['数字', /\p{Nd}/u],
  ['其他字符', /[^\p{Lu}\p{Ll}\p{Nd}]/u],
];

// A username shorter than this is too common a fragment to forbid inside passwords (e.g. "li").
const SHORTEST_FORBIDDEN_USERNAME = 3;

/** Why the password is refused (zh-CN, one reason per broken rule), empty when it is acceptable. */
export function findPasswordProblems(rules: PasswordRules, password: string, username: string): string[] {
  const problems: string[] = [];
  if ([...password].length < rules.minLength) problems.push(`至少 ${rules.minLength} 个字符`);
  const classes = CHARACTER_CLASSES.filter(([, pattern]) => pattern.test(password)).length;
  if (classes < rules.minCharacterClasses) {
    problems.push(
      `至少包含${CHARACTER_CLASSES.map(([label]) => label).join('、')}中的 ${rules.minCharacterClasses} 类（现有 ${classes} 类）`,
    );
  }
  if (password.trim() !== password) problems.push('首尾不能是空白字符');
  const name = username.trim().toLowerCase();
  if (name.length >= SHORTEST_FORBIDDEN_USERNAME && password.toLowerCase().includes(name))
    problems.push('不能包含用户名');
  if (rules.commonPasswords.has(password.toLowerCase())) problems.push('属于常见弱口令');
  return problems;
}
