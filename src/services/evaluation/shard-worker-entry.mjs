// Entry of the evaluation worker thread: TypeScript is loaded through tsx, as in bin/xinping.js (a worker thread
// does not inherit the main thread's loader), then the worker itself (shard-worker.ts) starts.
import { register } from 'tsx/esm/api';

register();
await import('./shard-worker.ts');
