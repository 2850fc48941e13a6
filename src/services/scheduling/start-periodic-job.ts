/** A background job the server runs on a timer: one pass at a time, errors reported, the next pass tries again. */
export interface PeriodicJob<T> {
  /** Runs a pass now, or joins the one under way; resolves to undefined when the pass failed (already reported). */
  runNow(): Promise<T | undefined>;
  /** Stops the timer and waits for the pass under way, if any. */
  stop(): Promise<void>;
}

export interface PeriodicJobOptions<T> {
  run: () => Promise<T>;
  /** Before the first pass (0: as soon as the server starts; longer: let it answer requests first). */
  firstDelayMs: number;
  /** After a pass ends, how long until the next one. */
  nextDelayMs: () => number;
  onError: (error: unknown) => void;
  onOutcome?: (outcome: T) => void;
}

/**
 * Starts a periodic job. Passes never overlap (a pass asked for during another joins it), and the timer does not
 * keep the process alive. Every job given to it is idempotent for its period, so a pass repeated after a restart,
 * or by a second server, changes nothing.
 */
export function startPeriodicJob<T>(options: PeriodicJobOptions<T>): PeriodicJob<T> {
  let running: Promise<T | undefined> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pass, delayMs);
    timer.unref();
  };
  const pass = (): Promise<T | undefined> => {
    running ??= options
      .run()
      .then((outcome) => {
        options.onOutcome?.(outcome);
        return outcome;
      })
      .catch((error: unknown) => {
        options.onError(error);
        return undefined;
      })
      .finally(() => {
        running = null;
        schedule(options.nextDelayMs());
      });
    return running;
  };
  schedule(options.firstDelayMs);

  return {
    runNow: pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
