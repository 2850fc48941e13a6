import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/departments.yaml: the departments that send records, with the names decision files write them by. */

export interface Department {
  code: string;
  name: string;
  shortName: string;
  uscc?: string;
  kind: 'government' | 'court' | 'public_service' | 'national';
  /** Other names the department is written as in decision files (处罚机关, 许可机关 …). */
  aliases: string[];
  /** True for the credit office: its files relay other departments' records, each row dated by its own authority. */
  relaysOthers: boolean;
}

const DepartmentSchema = z
  .object({
    code: z.string().min(1),
    name: z.string().min(1),
    short_name: z.string().min(1),
    uscc: z.string().optional(),
    kind: z.enum(['government', 'court', 'public_service', 'national']),
    aliases: z.array(z.coerce.string()).default([]),
    relays_others: z.boolean().default(false),
  })
  .transform(
    (department): Department => ({
      code: department.code,
      name: department.name,
      shortName: department.short_name,
      uscc: department.uscc,
      kind: department.kind,
      aliases: department.aliases,
      relaysOthers: department.relays_others,
    }),
  );

export const DepartmentsFileSchema = z.array(DepartmentSchema);

export const loadDepartments = catalogFile((): Department[] =>
  readCatalogYaml('departments.yaml', DepartmentsFileSchema),
);
