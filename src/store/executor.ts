import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

/** What a repository function runs on: the store itself or a transaction a use case opened. */
export type Executor = Kysely<Database> | Transaction<Database>;
