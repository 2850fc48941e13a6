import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProgressReporter, pickProgressMode } from './progress.ts';

function fakeStream(isTTY: boolean): NodeJS.WritableStream & { text: string } {
  const stream = {
    isTTY,
    text: '',
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream as unknown as NodeJS.WritableStream & { text: string };
}

describe('import progress on stderr', () => {
  test('a terminal gets a bar, a pipe nothing unless lines are asked for', () => {
    assert.equal(pickProgressMode(fakeStream(true), false), 'bar');
    assert.equal(pickProgressMode(fakeStream(false), false), 'none');
    assert.equal(pickProgressMode(fakeStream(false), true), 'lines');
  });

  test('the bar shows the percentage of bytes, rows read and rows per second, redrawn in place and cleared at the end', () => {
    let now = 0;
    const stream = fakeStream(true);
    const progress = createProgressReporter(stream, 'bar', () => now);
    now = 2000;
    progress.update({ rowsRead: 10_000, rowsWritten: 8_000, bytesRead: 250, totalBytes: 1000 });
    assert.match(stream.text, /^\r导入中 \[█{6}░{18}\]  25\.0%  已读 10,000 行  5,000 行\/秒  已写入 8,000 行/);
    progress.update({ rowsRead: 10_001, rowsWritten: 8_000, bytesRead: 251, totalBytes: 1000 });
    assert.equal(stream.text.split('\r').length, 2, 'redraws are throttled');
    progress.finish();
    assert.ok(stream.text.endsWith('\r\x1b[K'));
  });

  test('line mode writes a plain line when a chunk has been written, at most a few a second', () => {
    let now = 0;
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream, 'lines', () => now);
    now = 300;
    progress.update({ rowsRead: 600, rowsWritten: 500, bytesRead: 10, totalBytes: 100 });
    now = 350;
    progress.update({ rowsRead: 1200, rowsWritten: 1000, bytesRead: 20, totalBytes: 100 });
    assert.deepEqual(
      stream.text.trimEnd().split('\n'),
      ['导入进度 10.0%：已读 600 行，已写入 500 行，2,000 行/秒'],
      'too soon after the last line',
    );
    now = 700;
    progress.update({ rowsRead: 1300, rowsWritten: 1000, bytesRead: 21, totalBytes: 100 });
    assert.equal(stream.text.trimEnd().split('\n').length, 2, 'a chunk was written since the last line');
    now = 1500;
    progress.update({ rowsRead: 1400, rowsWritten: 1000, bytesRead: 22, totalBytes: 100 });
    assert.equal(stream.text.trimEnd().split('\n').length, 2, 'nothing new was written, and less than a second passed');
    now = 1700;
    progress.update({ rowsRead: 1500, rowsWritten: 1000, bytesRead: 23, totalBytes: 100 });
    assert.equal(stream.text.trimEnd().split('\n').length, 3, 'a line at least every second while reading');
  });

  test('nothing at all is written in silent mode', () => {
    const stream = fakeStream(false);
    const progress = createProgressReporter(stream, 'none');
    progress.update({ rowsRead: 1, rowsWritten: 0, bytesRead: 1, totalBytes: 1 });
    progress.finish();
    assert.equal(stream.text, '');
  });
});
