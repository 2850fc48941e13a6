import type { Kysely } from 'kysely';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { isAcceptableAsLegacy, validateUscc, type UsccValidation } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';

export interface UsccCheck extends UsccValidation {
  /** Set when the code fails validation but an operator accepted it as a legacy code: it then counts as valid. */
  legacy?: { reason: string; acceptedBy: string; acceptedAt: Date; failure: string };
}

/**
 * Validates codes and lets accepted legacy codes through. The store is opened (through `openDb`) only when some code
 * fails in a way an operator may have accepted, so checking well-formed codes needs no database; `openDb` gives
 * undefined when there is no store (then nothing was accepted).
 */
export async function checkUsccCodes(
  codes: string[],
  openDb: () => Promise<Kysely<Database> | undefined>,
): Promise<UsccCheck[]> {
  const checks: UsccCheck[] = codes.map((code) => validateUscc(code, loadUsccAuthorities()));
  const candidates = checks.filter(isAcceptableAsLegacy).map((check) => check.normalized);
  if (candidates.length === 0) return checks;
  const db = await openDb();
  if (!db) return checks;
  // Loaded here, with Kysely, only when there is a store to ask: `xinping uscc` then starts without database code.
  const { findLegacyAcceptances } = await import('../../store/enterprise.repository.ts');
  const accepted = await findLegacyAcceptances(db, candidates);
  return checks.map((check) => {
    const acceptance = isAcceptableAsLegacy(check) ? accepted.get(check.normalized) : undefined;
    if (!acceptance) return check;
    return {
      normalized: check.normalized,
      valid: true,
      legacy: {
        reason: acceptance.reason,
        acceptedBy: acceptance.accepted_by,
        acceptedAt: acceptance.accepted_at,
        failure: check.reason!,
      },
    };
  });
}
