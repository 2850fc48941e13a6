import { z } from 'zod';
import { loadCatalog } from '../../catalog/catalog.ts';
import { PUBLIC } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const FieldSchema = z.object({
  key: z.string(),
  header: z.string().describe('国家/常用中文表头'),
  aliases: z.array(z.string()).describe('其他可接受的表头'),
  type: z.string(),
  required: z.boolean(),
  personal: z.boolean().describe('个人信息：加密存储，仅所属部门可见明文'),
  values: z.array(z.string()).optional().describe('可选值'),
});

const KindSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    category: z.string(),
    polarity: z.enum(['positive', 'negative', 'neutral']),
    departments: z.array(z.string()).describe('可报送此类记录的部门代码'),
    naturalKey: z.array(z.string()).describe('自然键字段：同一键重报即更正'),
    fields: z.array(FieldSchema),
  })
  .meta({ id: 'RecordKind' });

const DepartmentSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    shortName: z.string(),
    kind: z.enum(['government', 'court', 'public_service', 'national']),
  })
  .meta({ id: 'Department' });

const CodeNameSchema = z.object({ code: z.string(), label: z.string() });

/** The record catalog is public: departments need the headers to prepare files, the public what is collected. */
export function registerCatalogRoutes(app: ZodApp, _context: ServerContext): void {
  app.get(
    '/api/catalog/kinds',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用信息目录',
        description: '平台归集的每一类信用记录及其字段。',
        tags: ['目录'],
        response: { 200: z.object({ items: z.array(KindSchema) }) },
      },
    },
    async () => ({
      items: loadCatalog().kinds.map((kind) => ({
        code: kind.code,
        label: kind.label,
        category: kind.category,
        polarity: kind.polarity,
        departments: kind.departments,
        naturalKey: kind.naturalKey,
        fields: kind.fields.map((field) => ({
          key: field.key,
          header: field.header,
          aliases: field.aliases,
          type: field.type,
          required: field.required,
          personal: field.personal,
          values: field.values,
        })),
      })),
    }),
  );

  app.get(
    '/api/catalog/departments',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '数据报送单位',
        tags: ['目录'],
        response: { 200: z.object({ items: z.array(DepartmentSchema) }) },
      },
    },
    async () => ({
      items: loadCatalog().departments.map((department) => ({
        code: department.code,
        name: department.name,
        shortName: department.shortName,
        kind: department.kind,
      })),
    }),
  );

  app.get(
    '/api/catalog/tiers',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '科创企业梯次培育库的层级',
        tags: ['目录'],
        response: { 200: z.object({ items: z.array(CodeNameSchema.extend({ reference: z.string() })) }) },
      },
    },
    async () => ({
      items: loadCatalog().tiers.map((tier) => ({ code: tier.code, label: tier.label, reference: tier.reference })),
    }),
  );

  app.get(
    '/api/catalog/industries',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '国民经济行业分类（GB/T 4754-2017）的门类及常见大类',
        tags: ['目录'],
        response: {
          200: z.object({
            items: z.array(CodeNameSchema.extend({ divisions: z.array(CodeNameSchema).describe('其下的大类') })),
          }),
        },
      },
    },
    async () => {
      const { industrySections, industryDivisions } = loadCatalog();
      return {
        items: Object.entries(industrySections).map(([code, label]) => ({
          code,
          label,
          divisions: Object.entries(industryDivisions)
            .filter(([division]) => division.startsWith(code))
            .map(([division, divisionLabel]) => ({ code: division, label: divisionLabel })),
        })),
      };
    },
  );
}
