import { Worker } from 'node:worker_threads';
import type { ModelVersionRow } from '../../store/evaluation.repository.ts';
import type { CurrentResults, RunContext, ShardResult } from './shard-evaluator.ts';
import type { InitMessage, ShardMessage } from './shard-worker.ts';

export interface WorkerShardResult extends ShardResult {
  parseMs: number;
}

/**
 * Compiled (dist/, see scripts/build-cli.js) the worker is plain JavaScript; run from the TypeScript sources it first
 * registers tsx (shard-worker-entry.mjs), since a worker thread does not inherit the main thread's loader.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? './shard-worker-entry.mjs' : './shard-worker.js';

/** The main thread's side of the evaluation worker (shard-worker.ts): shards go in, encoded evaluations come back. */
export class EvaluationWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<
    number,
    { resolve(result: WorkerShardResult): void; reject(error: Error): void }
  >();
  private failure: Error | null = null;

  constructor(version: ModelVersionRow, context: RunContext) {
    this.worker = new Worker(new URL(WORKER_ENTRY, import.meta.url));
    this.worker.on('message', (message: { index: number; result?: ShardResult; parseMs?: number; error?: string }) => {
      const waiting = this.pending.get(message.index);
      this.pending.delete(message.index);
      if (message.error !== undefined || !message.result)
        waiting?.reject(new Error(`评价第 ${message.index + 1} 个分片失败： ${message.error}`));
      else waiting?.resolve({ ...message.result, parseMs: message.parseMs ?? 0 });
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (this.pending.size > 0) fail(new Error(`评价工作线程意外退出（退出码 ${code}）`));
    });
    this.worker.postMessage({ type: 'init', version, context } satisfies InitMessage);
  }

  /** Hands a shard's COPY text to the worker (the buffers move to it: do not use them afterwards). */
  evaluate(
    index: number,
    enterprises: Uint8Array,
    records: Uint8Array,
    current: CurrentResults | null,
  ): Promise<WorkerShardResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(index, { resolve, reject });
      const transfer: ArrayBuffer[] = [enterprises.buffer as ArrayBuffer, records.buffer as ArrayBuffer];
      if (current)
        transfer.push(
          current.enterpriseIds.buffer as ArrayBuffer,
          current.modelVersionIds.buffer as ArrayBuffer,
          current.resultHashes.buffer as ArrayBuffer,
          current.changesOnDays.buffer as ArrayBuffer,
        );
      this.worker.postMessage({ type: 'shard', index, enterprises, records, current } satisfies ShardMessage, transfer);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
