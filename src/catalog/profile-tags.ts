import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/profile-tags.yaml: the 信用画像 tags, each a rule over the platform's data with its reference. The shape is
 * checked here; each tag's condition, against the record catalog and the model's grades, by the profile service
 * (`src/services/profile/load-profile-tags.ts`), which uses the policy condition language.
 */

export const PROFILE_TAG_TONES = ['positive', 'negative'] as const;

export const ProfileTagsFileSchema = z.object({
  tags: z
    .array(
      z.object({
        code: z.string().regex(/^[a-z][a-z0-9_]*$/),
        name: z.string().min(1),
        tone: z.enum(PROFILE_TAG_TONES),
        explanation: z.string().min(1),
        reference: z.string().min(1),
        is_local_example: z.boolean(),
        condition: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1),
});

export type ProfileTagsFile = z.output<typeof ProfileTagsFileSchema>;

export const loadProfileTagsFile = catalogFile(
  (): ProfileTagsFile => readCatalogYaml('profile-tags.yaml', ProfileTagsFileSchema),
);
