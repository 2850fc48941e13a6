import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';

export interface EnterpriseRef {
  id: number;
  uscc: string;
  name: string;
}

/** The enterprise an enterprise account acts for (its bound USCC). */
export async function findEnterpriseByUscc(db: Kysely<Database>, uscc: string | null): Promise<EnterpriseRef> {
  if (!uscc) throw new AppError('FORBIDDEN', '只有绑定了统一社会信用代码的企业账号才能办理此事项');
  const found = await db.selectFrom('enterprises').select(['id', 'uscc', 'name']).where('uscc', '=', uscc).executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', `未找到统一社会信用代码为 ${uscc} 的企业`);
  return found;
}

export async function findEnterpriseById(db: Kysely<Database> | Transaction<Database>, id: number): Promise<EnterpriseRef> {
  return db.selectFrom('enterprises').select(['id', 'uscc', 'name']).where('id', '=', id).executeTakeFirstOrThrow();
}

