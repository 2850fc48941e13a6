import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

/** What a repository function runs its statements on: the store itself or the caller's transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
