import type { Command } from '../command.ts';
import { migrateCommand } from './db-migrate.ts';

/** Every command of the CLI. Each lives in its own file; add it here. */
export const commands: Command[] = [migrateCommand];
