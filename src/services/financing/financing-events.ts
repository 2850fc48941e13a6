import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';
import {
  findEventRow,
  insertEvent,
  listBankNames,
  listEventParticipants,
  listEventRows,
  listNeedIdsOfEnterprises,
  type EventRow,
} from '../../store/financing.repository.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { computeFinancingFunnel, type FinancingFunnel } from './financing-funnel.ts';

/**
 * 融资专场 (000 §二（六）: 举办科技型中小企业融资专场对接, banks and technology enterprises meet over financing needs): an
 * official creates an event with the enterprises and banks taking part; its results are the funnel of the
 * participating enterprises' needs with the participating banks' products.
 */

export interface EventInput {
  title: string;
  heldOn: string;
  venue?: string;
  enterprises: string[];
  banks: string[];
}

export interface EventView {
  id: number;
  title: string;
  heldOn: string;
  venue: string | null;
  createdBy: string;
  enterprises: Array<{ uscc: string; name: string }>;
  banks: Array<{ bank: string; bankName: string }>;
  results: FinancingFunnel;
}

export async function createFinancingEvent(
  db: Kysely<Database>,
  principal: Principal,
  input: EventInput,
): Promise<EventView> {
  const problems: string[] = [];
  const title = input.title.trim();
  if (title === '') problems.push('字段“活动名称”：请填写活动名称');
  if (!isIsoDate(input.heldOn))
    problems.push(`字段“举办日期”：应为 YYYY-MM-DD 格式的有效日期，实际为“${input.heldOn}”`);
  const codes = [...new Set(input.enterprises.map((code) => normalizeUscc(code)))];
  const enterprises = await findEnterpriseRefsByUscc(db, codes);
  const unknown = codes.filter((code) => !enterprises.some((enterprise) => enterprise.uscc === code));
  if (unknown.length > 0) problems.push(`字段“参加企业”：${unknown.join('、')} 不在本平台企业名录中`);
  const bankNames = await listBankNames(db);
  const banks = [...new Set(input.banks.map((bank) => bank.trim().toLowerCase()))];
  const unknownBanks = banks.filter((bank) => !bankNames.has(bank));
  if (unknownBanks.length > 0) problems.push(`字段“参加金融机构”：未找到金融机构账号 ${unknownBanks.join('、')}`);
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join('；'));
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertEvent(
      trx,
      { title, held_on: input.heldOn, venue: input.venue?.trim() || null, created_by: describeActor(principal) },
      { enterpriseIds: enterprises.map((enterprise) => Number(enterprise.id)), banks },
    );
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'financing.event_created',
      subjectType: 'financing_event',
      subjectId: String(id),
      payload: { title, heldOn: input.heldOn, enterprises: codes, banks },
    });
    return id;
  });
  return findFinancingEvent(db, id);
}

async function viewOf(db: Kysely<Database>, event: EventRow): Promise<EventView> {
  const participants = await listEventParticipants(db, [Number(event.id)]);
  const bankNames = await listBankNames(db);
  const enterpriseIds = participants.flatMap((row) => (row.enterprise_id === null ? [] : [Number(row.enterprise_id)]));
  const banks = participants.flatMap((row) => (row.bank === null ? [] : [row.bank]));
  return {
    id: Number(event.id),
    title: event.title,
    heldOn: event.held_on,
    venue: event.venue,
    createdBy: event.created_by,
    enterprises: participants.flatMap((row) =>
      row.enterprise_id === null ? [] : [{ uscc: row.uscc!, name: row.enterprise_name! }],
    ),
    banks: banks.map((bank) => ({ bank, bankName: bankNames.get(bank.toLowerCase()) ?? bank })),
    results: await computeFinancingFunnel(db, {
      needIds: await listNeedIdsOfEnterprises(db, enterpriseIds),
      banks,
    }),
  };
}

export async function findFinancingEvent(db: Kysely<Database>, id: number): Promise<EventView> {
  const event = await findEventRow(db, id);
  if (!event) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的融资专场`);
  return viewOf(db, event);
}

/** Every event, latest first, with participants and results. */
export async function listFinancingEvents(db: Kysely<Database>): Promise<EventView[]> {
  const rows = await listEventRows(db);
  return Promise.all(rows.map((row) => viewOf(db, row)));
}
