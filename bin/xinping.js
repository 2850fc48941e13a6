#!/usr/bin/env node
// Entry point: the compiled CLI in dist/ (scripts/build-cli.js, run at `npm install` and by `npm test`) when it was
// built from the sources as they are now; otherwise the TypeScript sources through tsx, compiled at every start.
import { pathToFileURL } from 'node:url';
import { COMPILED_MAIN, isCompiledCliCurrent } from './compiled-cli.js';

let main;
if (isCompiledCliCurrent()) {
  ({ main } = await import(pathToFileURL(COMPILED_MAIN).href));
} else {
  process.stderr.write(
    '提示：dist/ 中的编译结果缺失或早于源代码，改为直接运行 TypeScript（启动较慢）；运行 npm run build:cli 可重新编译。\n',
  );
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
