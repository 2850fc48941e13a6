import type { Kysely } from 'kysely';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { createSubscription } from '../sharing/create-subscription.ts';
import { generateWhitelist } from '../whitelist/generate-whitelist.ts';
import { recordLoan } from '../whitelist/record-loan.ts';
import { loadWhitelistRules } from '../whitelist/whitelist-rules.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';
import { SeededRandom } from './seeded-random.ts';
import { findFirstEnterpriseNotListed } from '../../store/enterprise.repository.ts';
import { listWhitelistedPatentNumbers } from '../../store/record.repository.ts';

export interface DemoWhitelistSummary {
  generationId: number | null;
  listed: number;
  recipients: string[];
  loans: number;
  amountWan: number;
}

/** How many demo loans to listed enterprises, plus one to an enterprise off the list (banks lend to others too). */
const DEMO_LISTED_LOANS = 6;
const DEMO_AMOUNTS_WAN = [100, 200, 300, 500, 800, 1000];
const DEMO_TERMS_MONTHS = [12, 24, 36];

/**
 * The demo district's IP-pledge whitelist, so the web UI has something to show: the demo bank
 * subscribes to pushed lists (its opt-in, see catalog/ip-pledge-whitelist.yaml), a first list is generated and
 * pushed, and the bank reports a few loans granted today — most to listed enterprises, one to another — pledging
 * their invention patents. Run after the model is published (grades exist); deterministic apart from today's date;
 * does nothing (null) when a list exists already.
 */
export async function seedDemoWhitelist(
  db: Kysely<Database>,
  secretKey: SecretKey,
): Promise<DemoWhitelistSummary | null> {
  // Like the other demo seeds, it does nothing on a store that has a list already (e.g. `demo --force` after `start`).
  if (await db.selectFrom('whitelist_generations').select('id').limit(1).executeTakeFirst()) return null;
  const bankUser = await db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'bank')
    .where('disabled', '=', false)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  const bank: Principal | null = bankUser
    ? {
        userId: Number(bankUser.id),
        username: bankUser.username,
        displayName: bankUser.display_name,
        role: 'bank',
        departmentCode: null,
        uscc: null,
        via: 'session',
        tokenId: null,
        scopes: ['read', 'write'],
      }
    : null;
  if (bank)
    await createSubscription(db, secretKey, bank, {
      name: '知识产权质押融资白名单（演示）',
      eventTypes: ['list_updated'],
      delivery: 'pull',
    });
  const outcome = await generateWhitelist(db, { trigger: 'manual', actor: DEMO_OPERATOR });
  const generation = outcome.generation!;
  const summary: DemoWhitelistSummary = {
    generationId: generation.id,
    listed: generation.listed,
    recipients: outcome.pushes.map((push) => push.recipient),
    loans: 0,
    amountWan: 0,
  };
  if (!bank) return summary;

  const random = new SeededRandom('xinping-demo:whitelist');
  const { patents } = loadWhitelistRules();
  const listed = await listWhitelistedPatentNumbers(db, generation.id, patents);
  const borrowers = listed.filter(() => random.chance(0.5)).slice(0, DEMO_LISTED_LOANS);
  const other = await findFirstEnterpriseNotListed(db, generation.id);
  const loans = [
    ...borrowers.map((row) => ({ uscc: row.uscc, pledged: row.patent_numbers.slice(0, random.int(1, 2)) })),
    ...(other ? [{ uscc: other.uscc, pledged: [] }] : []),
  ];
  for (const [index, loan] of loans.entries()) {
    const amountWan = random.pick(DEMO_AMOUNTS_WAN);
    await recordLoan(db, bank, {
      uscc: loan.uscc,
      amountWan,
      grantedOn: generation.asOf,
      termMonths: random.pick(DEMO_TERMS_MONTHS),
      pledgedPatentNumbers: loan.pledged,
      bankReference: `演示-IPL-${generation.asOf.slice(0, 4)}-${String(index + 1).padStart(4, '0')}`,
    });
    summary.loans += 1;
    summary.amountWan += amountWan;
  }
  return summary;
}

/** One line for the start banner. */
export function describeDemoWhitelist(summary: DemoWhitelistSummary | null): string {
  if (!summary) return '知识产权质押融资白名单：已有名单，未再生成演示名单与贷款\n';
  return (
    `知识产权质押融资白名单：第 ${summary.generationId} 期入选 ${summary.listed} 家，已推送给 ${summary.recipients.join('、') || '（无订阅机构）'};` +
    `演示银行报送贷款 ${summary.loans} 笔，共 ${summary.amountWan} 万元\n`
  );
}
