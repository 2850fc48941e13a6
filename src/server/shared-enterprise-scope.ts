import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { AppError } from '../domain/app-error.ts';
import { maySeeSharedEnterprise } from '../services/sharing/shared-enterprises.ts';
import type { Database } from '../store/database.ts';
import { assertInScope, principalOf, scopeOf } from './access.ts';

/**
 * Refuses an enterprise outside the request's scope, including the one scope that needs the database: a bank or
 * association sees an enterprise only while it is on a list pushed to it or the enterprise authorises it.
 */
export async function assertEnterpriseVisible(
  db: Kysely<Database>,
  request: FastifyRequest,
  uscc: string,
): Promise<void> {
  if (scopeOf(request) !== 'shared-enterprise') return assertInScope(request, { uscc });
  if (!(await maySeeSharedEnterprise(db, principalOf(request).userId, uscc))) {
    throw new AppError('FORBIDDEN', '金融机构、行业协会只能查看推送给本机构的名单中或已授权本机构查询的企业');
  }
}
