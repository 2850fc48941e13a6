import type { Config } from '../config.ts';
import type { Store } from '../store/connect.ts';

/** What a command gets: its arguments, the configuration, a lazily opened store and the output streams. */
export interface CommandContext {
  args: string[];
  /** The command's usage line from the command table, for messages that show it. */
  usage: string;
  config: Config;
  /** Opens (and migrates) the store on first use; closed by main after the command. */
  store(): Promise<Store>;
  /** Whether there is a store to open without creating one (main: `storeExists(config)` of store-exists.ts; absent: none). */
  hasStore?(): boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A command's code: each lives in its own file and is listed, with its help text, in commands/index.ts. */
export interface Command {
  /** Returns the process exit code. */
  run(context: CommandContext): Promise<number>;
}

/** A command as the CLI lists it, without loading its code. */
export interface CommandListing {
  /** Words that select the command, e.g. ['enterprise', 'list']. */
  name: string[];
  summary: string;
  usage: string;
  /** The command serves the embedded store to other `xinping` processes while it runs (`serve`, `start`). */
  servesStore?: boolean;
  /** Imports the command's code; only the command that runs is loaded. */
  load(): Promise<Command>;
}

export function printJson(context: CommandContext, value: unknown): void {
  context.stdout.write(`${JSON.stringify(value)}\n`);
}
