import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRefById, requireEnterprise, type EnterpriseRef } from '../../store/enterprise.repository.ts';
import type { Executor } from '../../store/executor.ts';

export type { EnterpriseRef };

/** The enterprise an enterprise account acts for (its bound USCC). */
export async function findEnterpriseByUscc(db: Kysely<Database>, uscc: string | null): Promise<EnterpriseRef> {
  if (!uscc) throw new AppError('FORBIDDEN', '只有绑定了统一社会信用代码的企业账号才能办理此事项');
  const found = await requireEnterprise(db, uscc);
  return { id: found.id, uscc: found.uscc, name: found.name };
}

export async function findEnterpriseById(db: Executor, id: number): Promise<EnterpriseRef> {
  return findEnterpriseRefById(db, id);
}
