/**
 * The groupings the credit index is computed for (docs/credit-index.md); catalog/credit-index.yaml labels them in this
 * order. Its own module so that the CLI's command table can show them without loading the index method.
 */
export const DIMENSIONS = ['district', 'region', 'industry_section', 'industry_division', 'tier'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
