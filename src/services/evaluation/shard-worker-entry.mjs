// Entry of the evaluation worker thread when run from the TypeScript sources (compiled, evaluation-worker.js starts
// shard-worker.js directly): tsx is registered first, as in bin/xinping.js (a worker thread does not inherit the main
// thread's loader), then the worker itself (shard-worker.ts) starts.
import { register } from 'tsx/esm/api';

register();
await import('./shard-worker.ts');
