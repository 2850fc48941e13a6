import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseByUscc } from '../../store/enterprise.repository.ts';

export interface AccountBinding {
  role: Role;
  departmentCode: string | null;
  uscc: string | null;
}

/**
 * A department operator reports for exactly one existing department, an enterprise account is exactly one
 * registered enterprise, and no other role is bound to either (DOMAIN.md §1). Checked before writing so the user
 * reads which field is wrong rather than a constraint name.
 */
export async function checkAccountBinding(db: Kysely<Database>, binding: AccountBinding): Promise<void> {
  const { role, departmentCode, uscc } = binding;
  if (role === 'department_operator') {
    if (!departmentCode) throw new AppError('INVALID_INPUT', '字段 departmentCode：数据报送单位账号必须绑定一个部门');
    const department = await db
      .selectFrom('departments')
      .select('code')
      .where('code', '=', departmentCode)
      .executeTakeFirst();
    if (!department) throw new AppError('INVALID_INPUT', `字段 departmentCode：部门代码“${departmentCode}”不存在`);
  } else if (departmentCode) {
    throw new AppError('INVALID_INPUT', '字段 departmentCode：只有数据报送单位账号可以绑定部门');
  }
  if (role === 'enterprise') {
    if (!uscc) throw new AppError('INVALID_INPUT', '字段 uscc：企业用户账号必须绑定一个统一社会信用代码');
    const enterprise = await findEnterpriseByUscc(db, uscc);
    if (!enterprise) throw new AppError('INVALID_INPUT', `字段 uscc：统一社会信用代码“${uscc}”不在企业名录中`);
  } else if (uscc) {
    throw new AppError('INVALID_INPUT', '字段 uscc：只有企业用户账号可以绑定统一社会信用代码');
  }
}
