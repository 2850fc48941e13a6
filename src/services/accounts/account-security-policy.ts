import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { PasswordRules } from '../../domain/password-policy.ts';

/** One failed-login counter's rule (catalog/account-security.yaml `login_throttles`). */
export interface ThrottleRule {
  freeFailures: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  windowMinutes: number;
}

export const THROTTLE_SCOPES = ['account_from_address', 'address', 'account'] as const;
export type ThrottleScope = (typeof THROTTLE_SCOPES)[number];

/** Passwords, sessions and failed logins, from catalog/account-security.yaml. */
export interface AccountSecurityPolicy {
  password: PasswordRules;
  passwordHistory: number;
  /** 0: passwords never expire. */
  passwordExpiryDays: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  throttles: Record<ThrottleScope, ThrottleRule>;
}

const FILE = 'account-security.yaml';
let cached: AccountSecurityPolicy | undefined;

/** Read once per process; edit the catalog file and restart to change it. */
export function loadAccountSecurityPolicy(): AccountSecurityPolicy {
  if (cached) return cached;
  const raw = YAML.parse(fs.readFileSync(path.join(CATALOG_DIR, FILE), 'utf8')) as Record<string, any>;
  const number = (value: unknown, key: string, minimum = 1) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) throw new AppError('INTERNAL', `catalog/${FILE} 中 ${key} 应为不小于 ${minimum} 的整数`);
    return value;
  };
  const setting = (key: string, minimum = 1) => number(raw[key]?.value, key, minimum);
  const throttle = (scope: ThrottleScope): ThrottleRule => {
    const rule = raw.login_throttles?.[scope] ?? {};
    const key = (field: string) => `login_throttles.${scope}.${field}`;
    return {
      freeFailures: number(rule.free_failures, key('free_failures'), 0),
      firstDelaySeconds: number(rule.first_delay_seconds, key('first_delay_seconds')),
      maxDelaySeconds: number(rule.max_delay_seconds, key('max_delay_seconds')),
      windowMinutes: number(rule.window_minutes, key('window_minutes')),
    };
  };
  const commonPasswords = fs
    .readFileSync(path.join(CATALOG_DIR, 'common-passwords.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.toLowerCase());
  cached = {
    password: { minLength: setting('password_min_length'), minCharacterClasses: setting('password_min_character_classes'), commonPasswords: new Set(commonPasswords) },
    passwordHistory: setting('password_history'),
    passwordExpiryDays: setting('password_expiry_days', 0),
    sessionIdleMinutes: setting('session_idle_minutes'),
    sessionAbsoluteHours: setting('session_absolute_hours'),
    throttles: Object.fromEntries(THROTTLE_SCOPES.map((scope) => [scope, throttle(scope)])) as Record<ThrottleScope, ThrottleRule>,
  };
  return cached;
}
