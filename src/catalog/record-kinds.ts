import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/record-kinds.yaml: the kinds of credit records, their fields and natural keys. */

export const FIELD_TYPES = ['text', 'date', 'amount', 'number', 'integer', 'enum', 'uscc', 'year'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const FIELD_ROLES = [
  'subject_uscc',
  'subject_name',
  'occurred_on',
  'ends_on',
  'level',
  'subtype',
  'grade',
  'amount',
  'quantity',
  'status',
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

export interface FieldDefinition {
  key: string;
  header: string;
  aliases: string[];
  type: FieldType;
  required: boolean;
  role?: FieldRole;
  values?: string[];
  personal: boolean;
}

export interface RecordKind {
  code: string;
  label: string;
  category: string;
  polarity: 'positive' | 'negative' | 'neutral';
  departments: string[];
  format?: string;
  naturalKey: string[];
  fields: FieldDefinition[];
  /** The rule that defines the kind, when the kind is one authority's own result (e.g. 国市监信发〔2022〕6号). */
  reference?: string;
  /** Rows naming an enterprise the platform does not know are refused instead of registering it. */
  isRegisteredSubjectsOnly?: boolean;
}

const FieldSchema = z
  .object({
    key: z.string().min(1),
    header: z.string().min(1),
    aliases: z.array(z.coerce.string()).default([]),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().default(false),
    role: z.enum(FIELD_ROLES).optional(),
    values: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
    personal: z.boolean().default(false),
  })
  .transform(
    (field): FieldDefinition => ({
      key: field.key,
      header: field.header,
      aliases: field.aliases,
      type: field.type,
      required: field.required,
      role: field.role,
      values: field.values,
      personal: field.personal,
    }),
  );

const RecordKindSchema = z
  .object({
    code: z.string().min(1),
    label: z.string().min(1),
    category: z.string().min(1),
    polarity: z.enum(['positive', 'negative', 'neutral']),
    departments: z.array(z.string()),
    format: z.string().optional(),
    natural_key: z.array(z.string()).min(1),
    reference: z.string().min(1).optional(),
    registered_subjects_only: z.boolean().optional(),
    // A shared block of fields (a YAML alias such as *identity) is a list inside the list.
    fields: z.array(z.union([FieldSchema, z.array(FieldSchema)])).transform((fields) => fields.flat()),
  })
  .transform(
    (kind): RecordKind => ({
      code: kind.code,
      label: kind.label,
      category: kind.category,
      polarity: kind.polarity,
      departments: kind.departments,
      format: kind.format,
      naturalKey: kind.natural_key,
      fields: kind.fields,
      ...(kind.reference ? { reference: kind.reference } : {}),
      ...(kind.registered_subjects_only ? { isRegisteredSubjectsOnly: true } : {}),
    }),
  );

export const RecordKindsFileSchema = z.object({ kinds: z.array(RecordKindSchema) });

export const loadRecordKinds = catalogFile(
  (): RecordKind[] => readCatalogYaml('record-kinds.yaml', RecordKindsFileSchema).kinds,
);
