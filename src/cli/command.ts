import type { Config } from '../config.ts';
import type { Store } from '../store/connect.ts';

/** What a command gets: its arguments, the configuration, a lazily opened store and the output streams. */
export interface CommandContext {
  args: string[];
  config: Config;
  /** Opens (and migrates) the store on first use; closed by main after the command. */
  store(): Promise<Store>;
  /** Whether there is a store to open without creating one (main: `storeExists(config)`; absent: none). */
  hasStore?(): boolean;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface Command {
  /** Words that select the command, e.g. ['enterprise', 'list']. */
  name: string[];
  summary: string;
  usage: string;
  /** The command serves the embedded store to other `xinping` processes while it runs (`serve`, `start`). */
  servesStore?: boolean;
  /** Returns the process exit code. */
  run(context: CommandContext): Promise<number>;
}

export function printJson(context: CommandContext, value: unknown): void {
  context.stdout.write(`${JSON.stringify(value)}\n`);
}
