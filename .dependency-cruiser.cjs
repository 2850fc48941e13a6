/**
 * Layer rules of ARCHITECTURE.md ("Layers"), checked by `npm run lint`:
 *   domain ← catalog ← engine ← services ← server / cli
 * The store is used by services and by the composition root (`src/cli/main.ts`, which opens it and hands it to the
 * command, the server included); server and cli may name its types. The web application reaches the platform only
 * through the generated API client (`web/src/api/client.ts`).
 * Tests (`*.test.ts`, `test/`, the server's test fixture) are outside the layers: they set up stores for the code
 * they test.
 * Violations that existed when these rules were written were listed in `.dependency-cruiser-known-violations.json`
 * (`npm run lint:layers:baseline` rewrites it); none is left, and `npm run lint` fails on any new one.
 */
const tests = ['\\.test\\.ts$', '^test/', '^src/server/server-test-fixture\\.ts$'];

/** A layer must not import a layer further out. */
function inwardOnly(name, from, outward) {
  return {
    name,
    severity: 'error',
    comment: `${from} may not import ${outward.join(', ')}: dependencies point inward (ARCHITECTURE.md, Layers).`,
    from: { path: `^src/${from}/`, pathNot: tests },
    to: { path: outward.map((layer) => `^src/${layer}(/|\\.ts$)`) },
  };
}

module.exports = {
  forbidden: [
    inwardOnly('domain-is-innermost', 'domain', ['catalog', 'engine', 'services', 'store', 'server', 'cli', 'config']),
    inwardOnly('catalog-only-on-domain', 'catalog', ['engine', 'services', 'store', 'server', 'cli']),
    inwardOnly('engine-not-outward', 'engine', ['services', 'store', 'server', 'cli']),
    inwardOnly('store-not-outward', 'store', ['engine', 'services', 'server', 'cli']),
    inwardOnly('services-not-outward', 'services', ['server', 'cli']),
    inwardOnly('server-not-cli', 'server', ['cli']),
    {
      name: 'store-only-from-services',
      severity: 'error',
      comment:
        'Only services and the composition root (src/cli/main.ts) call the store; server and cli may import its types.',
      from: { path: '^src/', pathNot: ['^src/(store|services)/', '^src/cli/main\\.ts$', ...tests] },
      to: { path: '^src/store/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-server-code',
      severity: 'error',
      comment: 'The web application talks HTTP only: no import of the server code.',
      from: { path: '^web/' },
      to: { path: '^(src|test|bench|scripts)/' },
    },
    {
      name: 'web-http-through-generated-client',
      severity: 'error',
      comment: 'Only web/src/api/client.ts makes the HTTP client (openapi-fetch over the generated schema).',
      from: { path: '^web/', pathNot: '^web/src/api/client\\.ts$' },
      to: { path: 'node_modules/openapi-fetch/' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      comment: 'The server serves the built web application; it does not import its source.',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No module depends on itself through others at load time; a cycle closed only by a type import or by a ' +
        'lazy import() (the route table loading its pages) does not run anything in a loop.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.stryker-tmp|reports)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
