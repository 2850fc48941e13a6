import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/commitment-list.yaml: the 信用承诺清单 (items, measures, exclusions) and the texts enterprises sign. */

const text = z.string().min(1);
// Strict: a comma in an unquoted flow mapping ({ a: x, y }) silently splits a value into a stray key; refuse it.

export const CommitmentListFileSchema = z.strictObject({
  eligibility: z.array(z.strictObject({ measure: text, grades: z.array(text).min(1), reference: text })),
  items: z.array(
    z.strictObject({ code: text, name: text, department: text, measures: z.array(text), reference: text }),
  ),
  excluded: z.array(z.strictObject({ name: text, department: text, reason: text, reference: text })),
  texts: z.array(z.strictObject({ type: text, version: text, text })),
});

export type CommitmentList = z.output<typeof CommitmentListFileSchema>;
export type CommitmentItem = CommitmentList['items'][number];

export const loadCommitmentList = catalogFile(
  (): CommitmentList => readCatalogYaml('commitment-list.yaml', CommitmentListFileSchema),
);
