import { z } from 'zod';
import { catalogFile, readCatalogLines, readCatalogYaml } from './catalog-file.ts';

/** catalog/account-security.yaml (passwords, sessions, failed logins) and catalog/common-passwords.txt. */

const setting = (minimum: number) =>
  z.object({
    value: z.number().int().min(minimum),
    unit: z.string().optional(),
    description: z.string().optional(),
    reference: z.string().optional(),
  });

const throttle = z.object({
  free_failures: z.number().int().min(0),
  first_delay_seconds: z.number().int().min(1),
  max_delay_seconds: z.number().int().min(1),
  window_minutes: z.number().int().min(1),
  description: z.string().optional(),
});

export const AccountSecurityFileSchema = z.object({
  password_min_length: setting(1),
  password_min_character_classes: setting(1),
  password_history: setting(1),
  /** 0: passwords never expire. */
  password_expiry_days: setting(0),
  session_idle_minutes: setting(1),
  session_absolute_hours: setting(1),
  login_throttles: z.object({
    reference: z.string().optional(),
    account_from_address: throttle,
    address: throttle,
    account: throttle,
  }),
});

export type AccountSecurityFile = z.output<typeof AccountSecurityFileSchema>;

export const loadAccountSecurityFile = catalogFile(
  (): AccountSecurityFile => readCatalogYaml('account-security.yaml', AccountSecurityFileSchema),
);

/** Passwords refused as too common, lower-cased. */
export const loadCommonPasswords = catalogFile((): string[] =>
  readCatalogLines('common-passwords.txt').map((line) => line.toLowerCase()),
);
