import { loadAccountSecurityFile, loadCommonPasswords } from '../../catalog/account-security.ts';
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

let cached: AccountSecurityPolicy | undefined;

/** Read once per process (src/catalog); edit the catalog file and restart to change it. */
export function loadAccountSecurityPolicy(): AccountSecurityPolicy {
  if (cached) return cached;
  const raw = loadAccountSecurityFile();
  const throttle = (scope: ThrottleScope): ThrottleRule => {
    const rule = raw.login_throttles[scope];
    return {
      freeFailures: rule.free_failures,
      firstDelaySeconds: rule.first_delay_seconds,
      maxDelaySeconds: rule.max_delay_seconds,
      windowMinutes: rule.window_minutes,
    };
  };
  cached = {
    password: {
      minLength: raw.password_min_length.value,
      minCharacterClasses: raw.password_min_character_classes.value,
      commonPasswords: new Set(loadCommonPasswords()),
    },
    passwordHistory: raw.password_history.value,
    passwordExpiryDays: raw.password_expiry_days.value,
    sessionIdleMinutes: raw.session_idle_minutes.value,
    sessionAbsoluteHours: raw.session_absolute_hours.value,
    throttles: Object.fromEntries(THROTTLE_SCOPES.map((scope) => [scope, throttle(scope)])) as Record<
      ThrottleScope,
      ThrottleRule
    >,
  };
  return cached;
}
