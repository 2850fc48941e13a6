import { z } from 'zod';
import { RECORD_STATUSES } from '../../domain/record.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import { listEnterprises } from '../../services/enterprises/list-enterprises.ts';
import { showEnterprise } from '../../services/enterprises/show-enterprise.ts';
import { listEnterpriseRecords } from '../../services/records/list-enterprise-records.ts';
import { assertInScope, principalOf, scopeOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { RecordSummarySchema } from './record.routes.ts';

/**
 * Officials see every enterprise; an enterprise account sees only itself (DOMAIN.md §1). Banks and associations get
 * an enterprise only through a list pushed to them or the enterprise's authorisation: one at a time
 * (the detail), never the registry listing or the records.
 */
const ENTERPRISE_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'all',
  reviewer: 'all',
  inspector: 'all',
  enterprise: 'own-enterprise',
};
export const SHARED_ENTERPRISE_ACCESS: RouteAccess = {
  ...ENTERPRISE_ACCESS,
  bank: 'shared-enterprise',
  association: 'shared-enterprise',
};
/** A department operator sees the enterprise's records its own department sent, not other departments' records. */
const ENTERPRISE_RECORDS_ACCESS: RouteAccess = { ...ENTERPRISE_ACCESS, department_operator: 'own-department' };

export const UsccParams = z.object({
  uscc: z
    .string()
    .transform((value) => normalizeUscc(value))
    .pipe(z.string().regex(/^[0-9A-Z]{18}$/, '统一社会信用代码应为 18 位数字或大写字母'))
    .describe('统一社会信用代码'),
});

const EnterpriseListItem = z
  .object({
    uscc: z.string(),
    name: z.string(),
    status: z.string().describe('登记状态'),
    industryCode: z.string().nullable(),
    industryLabel: z.string().nullable().describe('行业名称（国民经济行业分类大类或门类）'),
    regionCode: z.string().nullable(),
    tiers: z.array(z.string()).describe('科创层级代码'),
    tierLabels: z.array(z.string()).describe('科创层级名称'),
    incubatorCode: z.string().nullable(),
    grade: z.string().nullable().describe('最近一次评价的等级（评价功能上线前为空）'),
  })
  .meta({ id: 'EnterpriseListItem' });

const EnterpriseDetail = z
  .object({
    uscc: z.string(),
    name: z.string(),
    entityType: z
      .object({ authority: z.string(), entityType: z.string() })
      .nullable()
      .describe('代码所示登记管理部门与机构类别'),
    legalRepresentative: z.string().nullable().describe('法定代表人（已脱敏，如 张*明）'),
    industryCode: z.string().nullable(),
    industryLabel: z.string().nullable(),
    regionCode: z.string().nullable(),
    regionLabel: z.string().nullable().describe('行政区划名称（区划代码未收录时为空）'),
    registeredOn: z.string().nullable(),
    status: z.string(),
    tiers: z.array(z.string()),
    tierLabels: z.array(z.string()),
    incubatorCode: z.string().nullable(),
    incubatorName: z.string().nullable(),
    usccWarning: z.string().nullable().describe('代码校验警告（如组织机构代码校验位不符）'),
    source: z.string().describe('registry 名录登记；import 仅由部门记录引入'),
    grade: z.string().nullable(),
  })
  .meta({ id: 'Enterprise' });

export function registerEnterpriseRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/enterprises',
    {
      config: { access: ENTERPRISE_ACCESS },
      schema: {
        summary: '企业列表',
        description:
          '按统一社会信用代码前缀或企业名称的一部分查找，可按信用等级、行业、科创层级、信用画像标签筛选，分页。企业用户只能看到本企业。',
        tags: ['企业'],
        querystring: PageQuery.extend({
          q: z.string().trim().max(100).optional().describe('统一社会信用代码前缀或名称关键词'),
          grade: z.string().trim().max(8).optional().describe('现行信用等级；none 为尚未评价'),
          industry: z.string().trim().max(8).optional().describe('国民经济行业分类门类字母或大类代码，如 C、C39'),
          tier: z.string().trim().max(32).optional().describe('科创层级代码（见 /api/catalog/tiers）'),
          tag: z.string().trim().max(64).optional().describe('信用画像标签代码（见 /api/profile-tags）'),
        }),
        response: { 200: pageOf(EnterpriseListItem) },
      },
    },
    async (request) => {
      const { q, limit, offset } = request.query;
      if (scopeOf(request) === 'own-enterprise') {
        const own = principalOf(request).uscc!;
        const { items } = await listEnterprises(db, { query: own, limit: 1 });
        const shown = items.filter(
          (item) => item.uscc === own && (!q || item.uscc.startsWith(normalizeUscc(q)) || item.name.includes(q)),
        );
        return { total: shown.length, items: offset === 0 ? shown.map(toListItem) : [] };
      }
      const { grade, industry, tier, tag } = request.query;
      const listing = await listEnterprises(db, { query: q, limit, offset, grade, industry, tier, tag });
      return { total: listing.total, items: listing.items.map(toListItem) };
    },
  );

  app.get(
    '/api/enterprises/:uscc',
    {
      config: { access: SHARED_ENTERPRISE_ACCESS },
      schema: {
        summary: '企业详情',
        description: '名录信息，法定代表人已脱敏。',
        tags: ['企业'],
        params: UsccParams,
        response: { 200: EnterpriseDetail },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      const view = await showEnterprise(db, request.params.uscc);
      return {
        uscc: view.uscc,
        name: view.name,
        entityType: view.entity_type,
        legalRepresentative: view.legal_representative,
        industryCode: view.industry_code,
        industryLabel: view.industry_label,
        regionCode: view.region_code,
        regionLabel: view.region_label,
        registeredOn: view.registered_on,
        status: view.status,
        tiers: view.tiers,
        tierLabels: view.tier_labels,
        incubatorCode: view.incubator_code,
        incubatorName: view.incubator_name,
        usccWarning: view.uscc_warning,
        source: view.source,
        grade: view.grade,
      };
    },
  );

  app.get(
    '/api/enterprises/:uscc/records',
    {
      config: { access: ENTERPRISE_RECORDS_ACCESS },
      schema: {
        summary: '企业的信用记录',
        description:
          '当前状态，按决定日期倒序，分页；可按类别和状态筛选。个人信息已脱敏。数据报送单位只看到本部门报送的记录。',
        tags: ['企业'],
        params: UsccParams,
        querystring: PageQuery.extend({
          kind: z.string().trim().min(1).optional().describe('记录类别代码（见 /api/catalog/kinds）'),
          status: z
            .enum(RECORD_STATUSES)
            .optional()
            .describe('active 有效、revoked 已撤销、repaired 已修复、removed 已移出'),
        }),
        response: { 200: pageOf(RecordSummarySchema) },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      if (scope === 'own-enterprise') assertInScope(request, { uscc: request.params.uscc });
      return listEnterpriseRecords(db, {
        uscc: request.params.uscc,
        ...request.query,
        departmentCode: scope === 'own-department' ? principalOf(request).departmentCode! : undefined,
      });
    },
  );
}

function toListItem(
  row: Awaited<ReturnType<typeof listEnterprises>>['items'][number],
): z.infer<typeof EnterpriseListItem> {
  return {
    uscc: row.uscc,
    name: row.name,
    status: row.status,
    industryCode: row.industry_code,
    industryLabel: row.industry_label,
    regionCode: row.region_code,
    tiers: row.tiers,
    tierLabels: row.tier_labels,
    incubatorCode: row.incubator_code,
    grade: row.grade,
  };
}
