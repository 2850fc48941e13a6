import type { Kysely } from 'kysely';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { Database } from '../../store/database.ts';
import { findPublishedModelVersion } from '../../store/evaluation.repository.ts';
import { summarizeGrades, type GradeDistribution } from '../dashboard/summarize-grades.ts';
import { cachePerStore, PUBLIC_CACHE_MS } from './cache-per-store.ts';
import { loadPublicDisclosureRules } from './public-disclosure-rules.ts';

export interface PublicOverview {
  /** The published model (`huarong-sci-tech/v1`), its title and the day it was published; null before any is. */
  model: { version: string; versionLabel: string; title: string; publishedOn: string | null } | null;
  enterprises: number;
  rated: number;
  /** How many enterprises hold each grade now: an aggregate, published whether or not single grades are. */
  grades: GradeDistribution['grades'];
  /** Whether each enterprise's grade is published (catalog/public-disclosure.yaml). */
  isGradeListPublished: boolean;
  /** When these numbers were computed (they are reused for a minute). */
  computedAt: string;
}

async function computeOverview(db: Kysely<Database>): Promise<PublicOverview> {
  const [distribution, version] = await Promise.all([summarizeGrades(db), findPublishedModelVersion(db)]);
  return {
    model:
      version && distribution.modelVersion
        ? {
            version: distribution.modelVersion,
            versionLabel: `${version.version} 版`,
            title: version.title,
            publishedOn: version.published_at ? todayInDistrict(new Date(version.published_at)) : null,
          }
        : null,
    enterprises: distribution.enterprises,
    rated: distribution.enterprises - distribution.unrated,
    grades: distribution.grades,
    isGradeListPublished: loadPublicDisclosureRules().grades.isPublished,
    computedAt: new Date().toISOString(),
  };
}

const overviews = cachePerStore(PUBLIC_CACHE_MS, computeOverview);

/** The public home page's numbers (000 §二(九)): the district's grade distribution under the published model. */
export function summarizePublicOverview(db: Kysely<Database>): Promise<PublicOverview> {
  return overviews.get(db);
}
