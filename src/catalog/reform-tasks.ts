import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/reform-tasks.yaml: the task lists transcribed from 000 附件2 and 001 附件. The shape is checked here; each
 * task's code, phase, deadline and units (against catalog/departments.yaml) by `parseReformTasks`, naming the task.
 */

const text = z.string().min(1);

export const ReformTasksFileSchema = z.object({
  collective_units: z.array(z.coerce.string()).default([]),
  others_suffix: z.string().default(''),
  lists: z
    .array(
      z.object({
        code: text,
        title: text,
        document: text,
        reference: text,
        office: text,
        office_reference: text,
        phases: z.array(z.object({ name: text, period: text, reference: text })).min(1),
        tasks: z.array(
          z.object({
            code: text,
            sequence: z.number().int().positive(),
            phase: text,
            main_task: text,
            clause: text,
            text,
            lead: text,
            responsible: text,
            deadline: text,
          }),
        ),
      }),
    )
    .min(1),
});

export type ReformTasksFile = z.output<typeof ReformTasksFileSchema>;

export const loadReformTasksFile = catalogFile(
  (): ReformTasksFile => readCatalogYaml('reform-tasks.yaml', ReformTasksFileSchema),
);
