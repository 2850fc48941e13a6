import { createHash, randomBytes } from 'node:crypto';

/**
 * Session cookies and API tokens are 256-bit random strings. Only their SHA-256 is stored: with that much entropy a
 * slow hash adds nothing, and a fast one keeps the per-request lookup cheap.
 */
export function generateSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
