#!/usr/bin/env bash
# Runs every test: unit tests, and database tests on both the embedded PGlite and a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh initdb=postgresql pdftoppm=poppler-utils \
  chromium=chromium /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc=fonts-noto-cjk
# The browser tests (test/e2e) drive the built web application.
npm run --silent build:web
eval "$(bash scripts/throwaway-postgres.sh start)"
trap 'bash scripts/throwaway-postgres.sh stop "$XINPING_PG_BASE"' EXIT
export XINPING_TEST_DATABASE_URL=$XINPING_PG_URL
mapfile -t files < <(find src test -name '*.test.ts' | sort)
node --import tsx --test --test-concurrency=2 --test-reporter=spec "${files[@]}"
