import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/ip-pledge-whitelist.yaml: who is on the 知识产权质押融资白名单, when it is made and who receives it. The
 * shape is checked here; the kinds and fields it names, against the record catalog, by `parseWhitelistRules`.
 * Objects keep every key of the file: the rules' digest is taken over the file's whole content.
 */

const text = z.string().min(1);
const texts = z.array(z.coerce.string());

export const IpPledgeWhitelistFileSchema = z.looseObject({
  list_code: text,
  label: text,
  reference: text,
  patents: z.looseObject({
    kind: text,
    number_field: text,
    name_field: text,
    type_field: text,
    invention_types: texts,
    legal_status_field: text,
    valid_legal_statuses: texts,
    pledged_legal_statuses: texts.optional(),
    min_valid_invention_patents: z.number().int().positive(),
    reference: text,
  }),
  grades: z.looseObject({ min_grade: text, priority_min_grade: text, reference: text }),
  exclusions: z
    .array(z.looseObject({ kind: text, levels: texts.optional(), reason: text, reference: text }))
    .optional(),
  schedule: z.looseObject({ period: text, day_of_month: z.number().int(), reference: text }),
  recipients: z.looseObject({ mode: text }),
  lookup: z.looseObject({
    max_applicants: z.number().int().positive(),
    trademark_kind: text,
    abnormal_operation_kind: text,
    ip_related_records: z.array(z.looseObject({ kind: text, field: text })).optional(),
    ip_keywords: texts.optional(),
    reference: text,
  }),
});

export type IpPledgeWhitelistFile = z.output<typeof IpPledgeWhitelistFileSchema>;

export const loadIpPledgeWhitelistFile = catalogFile(
  (): IpPledgeWhitelistFile => readCatalogYaml('ip-pledge-whitelist.yaml', IpPledgeWhitelistFileSchema),
);
