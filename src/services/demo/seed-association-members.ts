import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findLargestIndustryDivision, listUsccsInIndustryDivision } from '../../store/enterprise.repository.ts';
import { pushSharedList } from '../sharing/push-shared-list.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';

/** The list the demo association's members are pushed as. */
export const DEMO_MEMBER_LIST = { listCode: 'demo-association-members', listLabel: '本会会员企业' } as const;

/** How many members the demo association has: enough for a page of grades and changes, few enough to read. */
const DEMO_MEMBERS = 40;

/**
 * The demo association's members, so its 会员 page has something to show: an association sees its members' grades
 * and grade changes as the credit office pushes them to it (双向推送, 000 §二(七); docs/sharing.md), the way the
 * whitelist reaches banks. The demo's association takes the district's most common industry division (the two digits
 * of the national industry code after its letter) as its trade; the first enterprises of that division are its
 * members. Returns how many were pushed; does nothing (0) without an association account or when it has a list.
 */
export async function seedDemoAssociationMembers(db: Kysely<Database>): Promise<number> {
  const association = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('role', '=', 'association')
    .where('disabled', '=', false)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!association) return 0;
  const listed = await db
    .selectFrom('shared_list_entries')
    .select('enterprise_id')
    .where('recipient_user_id', '=', association.id)
    .limit(1)
    .executeTakeFirst();
  if (listed) return 0;
  const division = await findLargestIndustryDivision(db);
  if (division === undefined) return 0;
  const members = await listUsccsInIndustryDivision(db, division, DEMO_MEMBERS);
  if (members.length === 0) return 0;
  const pushed = await pushSharedList(db, {
    ...DEMO_MEMBER_LIST,
    recipient: association.username,
    usccs: members,
    actor: DEMO_OPERATOR,
  });
  return pushed.added;
}
