#!/usr/bin/env node
// Entry point: TypeScript sources are loaded through tsx so the package runs without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
