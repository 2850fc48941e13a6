import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A small project laid out like this one, with one import of each kind; the repository's own rules judge it. */
const fixture: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'NodeNext', allowImportingTsExtensions: true, noEmit: true },
  }),
  'src/domain/rule.ts': "import { route } from '../server/route.ts';\nexport const rule = route;\n",
  'src/domain/uses-rule.ts': "import { rule } from './rule.ts';\nexport const twice = rule * 2;\n",
  'src/store/connect.ts':
    'export type Store = { engine: string };\nexport function openStore(): Store { return { engine: "pglite" }; }\n',
  'src/services/use-case.ts': "import { openStore } from '../store/connect.ts';\nexport const store = openStore();\n",
  'src/server/route.ts':
    "import type { Store } from '../store/connect.ts';\nexport const route = 1;\nexport type Handle = Store;\n",
  'src/server/handler.ts': "import { openStore } from '../store/connect.ts';\nexport const handler = openStore;\n",
  'src/cli/main.ts': "import { openStore } from '../store/connect.ts';\nexport const main = openStore;\n",
  'web/src/page.tsx': "import { rule } from '../../src/domain/rule.ts';\nexport const page = rule;\n",
};

function cruise(project: string): { status: number | null; violations: string[] } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'src',
      'web/src',
      '--config',
      path.join(root, '.dependency-cruiser.cjs'),
    ],
    { cwd: project, encoding: 'utf8' },
  );
  // The `err` report, as `npm run lint` prints it: one `error <rule>: <from> → <to>` line per violation.
  const violations = [...result.stdout.matchAll(/^\s*error ([\w-]+): (\S+) → (\S+)$/gm)].map(
    ([, rule, from, to]) => `${rule}: ${from} → ${to}`,
  );
  return { status: result.status, violations: violations.sort() };
}

test('the layer check fails on an outward import and names each one, and accepts the inward ones', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-layers-'));
  try {
    for (const [file, text] of Object.entries(fixture)) {
      fs.mkdirSync(path.join(project, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(project, file), text);
    }
    const { status, violations } = cruise(project);
    assert.notEqual(status, 0);
    assert.deepEqual(violations, [
      'domain-is-innermost: src/domain/rule.ts → src/server/route.ts',
      'store-only-from-services: src/server/handler.ts → src/store/connect.ts',
      'web-not-server-code: web/src/page.tsx → src/domain/rule.ts',
    ]);
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
});
