/**
 * The legal basis of a rule as a person reads it (the regulation's title and clause, never a repository path): the
 * same pure function the server uses for its messages and reports, shared rather than written twice.
 */
export { readableReference, withReadableReferences } from '../../../src/domain/readable-reference.ts';
