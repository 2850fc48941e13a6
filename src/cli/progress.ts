/**
 * Import progress on stderr. On a terminal: one bar redrawn in place (rows read, rows/s, percent of bytes). Elsewhere
 * (logs, pipes) nothing, unless lines are asked for (`--progress`): then a plain line every second or so.
 */
export interface ProgressSnapshot {
  rowsRead: number;
  rowsWritten: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ProgressReporter {
  update(snapshot: ProgressSnapshot): void;
  finish(): void;
}

export type ProgressMode = 'bar' | 'lines' | 'none';

const BAR_WIDTH = 24;
const BAR_INTERVAL_MS = 100;
const LINE_INTERVAL_MS = 1000;

function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function pickProgressMode(stream: NodeJS.WritableStream, forceLines: boolean): ProgressMode {
  if ((stream as NodeJS.WriteStream).isTTY) return 'bar';
  return forceLines ? 'lines' : 'none';
}

export function createProgressReporter(
  stream: NodeJS.WritableStream,
  mode: ProgressMode,
  now: () => number = Date.now,
): ProgressReporter {
  const startedAt = now();
  let lastDrawn = 0;
  let lastWritten = 0;
  let drawn = false;
  const describe = (snapshot: ProgressSnapshot) => {
    const seconds = Math.max((now() - startedAt) / 1000, 0.001);
    const fraction = snapshot.totalBytes > 0 ? Math.min(snapshot.bytesRead / snapshot.totalBytes, 1) : 0;
    return { fraction, percent: (fraction * 100).toFixed(1), rate: formatCount(snapshot.rowsRead / seconds) };
  };
  return {
    update(snapshot) {
      if (mode === 'none') return;
      const time = now();
      if (mode === 'bar') {
        if (time - lastDrawn < BAR_INTERVAL_MS) return;
        const { fraction, percent, rate } = describe(snapshot);
        const filled = Math.round(fraction * BAR_WIDTH);
        stream.write(
          `\r导入中 [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${percent.padStart(5)}%  已读 ${formatCount(snapshot.rowsRead)} 行  ${rate} 行/秒  已写入 ${formatCount(snapshot.rowsWritten)} 行\x1b[K`,
        );
        drawn = true;
      } else {
        // A line whenever a chunk has been written (at most one a second), so a log shows the import advancing.
        const elapsed = time - lastDrawn;
        const isDue =
          elapsed >= LINE_INTERVAL_MS || (snapshot.rowsWritten !== lastWritten && elapsed >= LINE_INTERVAL_MS / 4);
        if (!isDue) return;
        const { percent, rate } = describe(snapshot);
        stream.write(
          `导入进度 ${percent}%：已读 ${formatCount(snapshot.rowsRead)} 行，已写入 ${formatCount(snapshot.rowsWritten)} 行，${rate} 行/秒\n`,
        );
        lastWritten = snapshot.rowsWritten;
      }
      lastDrawn = time;
    },
    finish() {
      if (mode === 'bar' && drawn) stream.write('\r\x1b[K');
    },
  };
}
