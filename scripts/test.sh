#!/usr/bin/env bash
# Runs every test: unit tests, and database tests on both the embedded PGlite and a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tests spawn bin/xinping.js, which runs the compiled CLI in dist/ when it is current: compile it if it is not.
node scripts/build-cli.js --if-stale
# What every test file would otherwise build again, built once per run by the first file that needs it: a migrated
# database (a PGlite dump, a PostgreSQL template) and the browser tests' demo district (test/support/stores.ts).
XINPING_TEST_CACHE_DIR=$(mktemp -d -t xinping-test-cache.XXXXXX)
export XINPING_TEST_CACHE_DIR
# The demo district the browser tests start from is generated now, in the background: the checks and the web build
# below keep one core busy, and the first browser file would otherwise generate it while the other core waits.
node --import tsx test/e2e/support/prepare-demo-district.ts >"$XINPING_TEST_CACHE_DIR/prepare-demo-district.log" 2>&1 &
prepare_demo=$!
pg_base=''
trap 'kill "$prepare_demo" 2>/dev/null || true; [ -z "$pg_base" ] || bash scripts/throwaway-postgres.sh stop "$pg_base"; rm -rf "$XINPING_TEST_CACHE_DIR"' EXIT
# Types, model lint, layer rules and Biome first: a failure there is cheaper to see than after the database tests.
npm run --silent lint
bash scripts/ensure-packages.sh initdb=postgresql pdftoppm=poppler-utils \
  chromium=chromium /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc=fonts-noto-cjk
# The browser tests (test/e2e) drive the built web application.
npm run --silent build:web
eval "$(bash scripts/throwaway-postgres.sh start)"
pg_base=$XINPING_PG_BASE
export XINPING_TEST_DATABASE_URL=$XINPING_PG_URL
mapfile -t files < <(find src test -name '*.test.ts' -not -path 'test/e2e/*' | sort)
# The page sweep (every page of every audience at two sizes, about half an hour) runs on its own: npm run test:pages.
mapfile -t browser_files < <(find test/e2e -name '*.test.ts' -not -name 'page-sweep.test.ts' | sort)
# Browser tests run after the others, one file at a time: each drives Chromium against a whole demo platform, and
# sharing two cores with database tests makes their timeouts depend on the machine's load instead of the pages.
status=0
# Longest files first (test/slowest-files.txt): node --test would start them in name order, the slowest last.
node --import tsx scripts/run-tests.ts --concurrency 2 "${files[@]}" || status=$?
# A failed preparation is only reported: the first browser file then generates the district, and fails if it cannot.
wait "$prepare_demo" || { echo "演示数据预先生成失败，由第一个浏览器测试文件生成：" >&2; cat "$XINPING_TEST_CACHE_DIR/prepare-demo-district.log" >&2; }
node --import tsx --test --test-concurrency=1 --test-reporter=spec "${browser_files[@]}" || status=$?
exit $status
