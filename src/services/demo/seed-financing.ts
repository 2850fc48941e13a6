import type { Kysely } from 'kysely';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { hasFinancingNeeds } from '../../store/financing.repository.ts';
import { answerMatch, listBankMatches } from '../financing/bank-matches.ts';
import { createFinancingEvent } from '../financing/financing-events.ts';
import { publishNeed } from '../financing/financing-needs.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';

/** The demo needs: amount (万元), term (months), purpose, collaterals, consent, and the demo bank's answer. */
const DEMO_NEEDS = [
  {
    amountWan: 300,
    termMonths: 24,
    purpose: '中试线设备购置',
    collaterals: ['ip'],
    hasConsent: true,
    answer: 'interested',
  },
  {
    amountWan: 150,
    termMonths: 12,
    purpose: '原材料采购周转',
    collaterals: ['ip', 'none'],
    hasConsent: true,
    answer: 'declined',
  },
  { amountWan: 200, termMonths: 24, purpose: '研发投入', collaterals: ['ip'], hasConsent: false, answer: null },
] as const;

function principalOf(role: Principal['role'], username: string, uscc: string | null, userId = 0): Principal {
  return {
    userId,
    username,
    displayName: username,
    role,
    departmentCode: null,
    uscc,
    via: 'session',
    tokenId: null,
    scopes: ['read', 'write'],
  };
}

/**
 * 融资对接 in the demo district: three enterprises on the current IP-pledge whitelist publish needs (one without
 * consent, so the demo bank does not see it), the demo bank answers the two it sees (有意向, 不予受理), and one 融资专场
 * lists them with the bank. No loan is granted here, so the whitelist's demo loans stay as they are. Does nothing
 * when needs exist or without the demo bank. Returns how many needs it published.
 */
export async function seedDemoFinancing(db: Kysely<Database>): Promise<number> {
  if (await hasFinancingNeeds(db)) return 0;
  const bankUser = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', '=', 'bank')
    .where('role', '=', 'bank')
    .executeTakeFirst();
  if (!bankUser) return 0;
  const entries = await db
    .selectFrom('whitelist_entries as w')
    .select(['w.enterprise_id'])
    .where('w.generation_id', '=', (eb) =>
      eb.selectFrom('whitelist_generations').select((inner) => inner.fn.max('id').as('id')),
    )
    .orderBy('w.rank')
    .limit(DEMO_NEEDS.length)
    .execute();
  const enterprises = await mapEnterpriseRefsById(
    db,
    entries.map((row) => row.enterprise_id),
  );
  const listed = entries.map((row) => enterprises.get(row.enterprise_id)!);
  const bank = principalOf('bank', bankUser.username, null, Number(bankUser.id));
  for (const [index, row] of listed.entries()) {
    const { answer, ...need } = DEMO_NEEDS[index]!;
    const published = await publishNeed(db, principalOf('enterprise', DEMO_OPERATOR, row.uscc), {
      ...need,
      collaterals: [...need.collaterals],
    });
    if (!answer) continue;
    const { items } = await listBankMatches(db, bank, { limit: 200, offset: 0 });
    for (const match of items.filter((item) => item.needId === published.id))
      await answerMatch(db, bank, {
        id: match.id,
        answer,
        reason: answer === 'declined' ? '本季度信用贷款额度已用完，建议下季度再申请' : undefined,
      });
  }
  if (listed.length > 0)
    await createFinancingEvent(db, principalOf('admin', DEMO_OPERATOR, null), {
      title: '科技型中小企业融资专场（演示）',
      heldOn: '2026-11-20',
      venue: '区政务服务中心',
      enterprises: listed.map((row) => row.uscc),
      banks: [bankUser.username],
    });
  return listed.length;
}
