import { parentPort } from 'node:worker_threads';
import type { ModelVersionRow } from '../../store/evaluation.repository.ts';
import { EnterpriseCopyReader } from './enterprise-copy-reader.ts';
import { compiledModelOf } from './model-files.ts';
import { createRunInterner } from './read-record-shard.ts';
import { RecordCopyReader } from './record-copy-reader.ts';
import { ShardEvaluator, type CurrentResults, type RunContext } from './shard-evaluator.ts';

/**
 * The evaluation worker (a worker thread): parses a shard's COPY text, evaluates it and encodes the evaluations to
 * store, while the main thread reads the next shard and writes the previous one. With PGlite, which runs in the main
 * thread, this is what lets the database and the evaluation use both cores.
 *
 * Messages in: { type: 'init', version, context } once, then { type: 'shard', index, enterprises, records, current }.
 * Messages out: { index, result } or { index, error }.
 */

export interface InitMessage {
  type: 'init';
  version: ModelVersionRow;
  context: RunContext;
}

export interface ShardMessage {
  type: 'shard';
  index: number;
  /** COPY text of the shard's enterprises and of their records (evaluationRecordsSql with day numbers). */
  enterprises: Uint8Array;
  records: Uint8Array;
  current: CurrentResults | null;
}

let evaluator: ShardEvaluator | undefined;
let readRecords: RecordCopyReader | undefined;

parentPort!.on('message', (message: InitMessage | ShardMessage) => {
  if (message.type === 'init') {
    const compiled = compiledModelOf(message.version);
    evaluator = new ShardEvaluator(compiled, message.context);
    readRecords = new RecordCopyReader(createRunInterner(compiled));
    return;
  }
  try {
    const started = performance.now();
    const enterprises = new EnterpriseCopyReader();
    enterprises.push(message.enterprises);
    const shard = enterprises.finish();
    readRecords!.reset();
    readRecords!.push(message.records);
    const batch = readRecords!.finish(shard);
    const parseMs = performance.now() - started;
    const result = evaluator!.evaluate(batch, shard.ids, message.current);
    parentPort!.postMessage({ index: message.index, result, parseMs }, [result.rows.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ index: message.index, error: error instanceof Error ? error.message : String(error) });
  }
});
