import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseByUscc } from '../../store/enterprise.repository.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import {
  findNeedRow,
  insertNeedWithMatches,
  listBankNames,
  listMatchRowsOfNeeds,
  listNeedRows,
  updateNeed,
  type NeedRow,
} from '../../store/financing.repository.ts';
import { countValidPatentsByEnterprise } from '../../store/record.repository.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findPublishedModel } from '../evaluation/published-model.ts';
import { loadWhitelistRules } from '../whitelist/whitelist-rules.ts';
import { loadFinancingProducts } from './financing-products.ts';
import { toMatchView, toNeedView, validateNeedInput, type NeedInput, type NeedView } from './financing-need.ts';
import { matchProduct } from './match-products.ts';

/**
 * 融资需求 (000 §二（六）; 003 §五（四）: every enterprise with a financing need reaches a bank). An enterprise publishes a
 * need; it is compared at once with every product of catalog/financing-products.yaml on what the platform knows of the
 * enterprise that day (current grade, tiers, valid invention patents counted as the IP-pledge whitelist counts them),
 * and each comparison is kept with its reasons. Only with the enterprise's consent, withdrawable, do the matched banks
 * see the need: as everywhere else, a bank sees an enterprise's credit only on a list pushed to it or with the
 * enterprise's authorisation (docs/authorization.md).
 */

const NEED_LABEL = '融资需求';

async function enterpriseOf(db: Kysely<Database>, principal: Principal) {
  const enterprise = principal.uscc ? await findEnterpriseByUscc(db, principal.uscc) : undefined;
  if (!enterprise) throw new AppError('FORBIDDEN', '只有绑定了企业的账号才能发布融资需求');
  return enterprise;
}

/** Publishes a need, matches it with every product and returns it with the reasons. Audited. */
export async function publishNeed(
  db: Kysely<Database>,
  principal: Principal,
  input: NeedInput,
  options: { today?: string } = {},
): Promise<NeedView> {
  const catalog = loadFinancingProducts();
  const need = validateNeedInput(input, catalog);
  const enterprise = await enterpriseOf(db, principal);
  const enterpriseId = Number(enterprise.id);
  const today = options.today ?? todayInDistrict();
  const published = await findPublishedModel(db);
  const modelGrades = published?.compiled.model.grades.map((row) => row.grade) ?? [];
  const grade = (await findCurrentGrades(db, [enterpriseId])).get(enterpriseId)?.grade ?? null;
  const [patents] = await countValidPatentsByEnterprise(db, loadWhitelistRules().patents, today, [enterpriseId]);
  const facts = {
    amountWan: need.amountWan,
    termMonths: need.termMonths,
    collaterals: need.collaterals,
    grade,
    tiers: enterprise.tiers,
    inventionPatents: patents?.valid_invention_patents ?? 0,
  };
  const matches = catalog.products.map((product) => {
    const result = matchProduct(product, facts, modelGrades, catalog);
    return { product_code: product.code, bank: product.bank, is_eligible: result.isEligible, checks: result.checks };
  });
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertNeedWithMatches(
      trx,
      {
        enterprise_id: enterpriseId,
        amount_wan: need.amountWan,
        term_months: need.termMonths,
        purpose: need.purpose,
        collaterals: need.collaterals,
        has_consent: need.hasConsent,
        grade,
        invention_patents: facts.inventionPatents,
        tiers: enterprise.tiers,
        published_by: describeActor(principal),
      },
      matches,
    );
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'financing.need_published',
      subjectType: 'financing_need',
      subjectId: String(id),
      payload: {
        uscc: enterprise.uscc,
        ...need,
        matchedProducts: matches.filter((match) => match.is_eligible).map((match) => match.product_code),
      },
    });
    return id;
  });
  return findNeed(db, principal, id);
}

async function viewsOf(db: Kysely<Database>, rows: NeedRow[]): Promise<NeedView[]> {
  const catalog = loadFinancingProducts();
  const [matches, bankNames] = await Promise.all([
    listMatchRowsOfNeeds(
      db,
      rows.map((row) => Number(row.id)),
    ),
    listBankNames(db),
  ]);
  return rows.map((row) =>
    toNeedView(
      row,
      matches
        .filter((match) => Number(match.need_id) === Number(row.id))
        .map((match) => toMatchView(match, catalog, bankNames)),
      catalog,
    ),
  );
}

/** Needs newest first: an enterprise its own, officials every enterprise's. */
export async function listNeeds(
  db: Kysely<Database>,
  principal: Principal,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: NeedView[] }> {
  const enterpriseId = principal.role === 'enterprise' ? Number((await enterpriseOf(db, principal)).id) : undefined;
  const { total, rows } = await listNeedRows(db, { enterpriseId, ...page });
  return { total, items: await viewsOf(db, rows) };
}

/** One need with every product compared; an enterprise only its own (another's is refused). */
export async function findNeed(db: Kysely<Database>, principal: Principal, id: number): Promise<NeedView> {
  const row = await findNeedRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的融资需求`);
  if (principal.role === 'enterprise' && row.uscc !== principal.uscc)
    throw new AppError('FORBIDDEN', '企业用户只能查看本企业的融资需求');
  const [view] = await viewsOf(db, [row]);
  return view!;
}

/**
 * The enterprise gives or withdraws its consent, or withdraws the need: banks see a need only while it is open and
 * consented. A withdrawn need stays withdrawn. Audited.
 */
export async function changeNeed(
  db: Kysely<Database>,
  principal: Principal,
  input: { id: number; version?: number; hasConsent?: boolean; withdraw?: boolean },
): Promise<NeedView> {
  const current = await findNeed(db, principal, input.id);
  if (principal.role !== 'enterprise') throw new AppError('FORBIDDEN', '只有发布需求的企业可以更改融资需求');
  if (current.state === 'withdrawn')
    throw new AppError('PRECONDITION_FAILED', `第 ${input.id} 号融资需求已撤回，不能再更改；如仍需融资请重新发布`);
  if (input.version !== undefined && input.version !== current.version) throw caseChangedConflict(NEED_LABEL, input.id);
  const changes = {
    ...(input.hasConsent === undefined ? {} : { has_consent: input.hasConsent }),
    ...(input.withdraw ? { state: 'withdrawn' as const } : {}),
  };
  if (Object.keys(changes).length === 0)
    throw new AppError('INVALID_INPUT', '请说明要更改的内容：同意或撤回信用信息共享，或撤回需求');
  await db.transaction().execute(async (trx) => {
    if (!(await updateNeed(trx, { id: input.id, version: current.version }, changes)))
      throw caseChangedConflict(NEED_LABEL, input.id);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: input.withdraw ? 'financing.need_withdrawn' : 'financing.consent_changed',
      subjectType: 'financing_need',
      subjectId: String(input.id),
      payload: { uscc: current.uscc, hasConsent: input.hasConsent ?? current.hasConsent, withdrawn: !!input.withdraw },
    });
  });
  return findNeed(db, principal, input.id);
}
