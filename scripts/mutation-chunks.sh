#!/usr/bin/env bash
# Runs StrykerJS over src/domain and src/engine in chunks (stryker.config.json's settings, `mutate` narrowed to a few
# files and the tap runner's test files narrowed to theirs), one after another at concurrency 1, so a shared machine
# is not swamped and a chunk can be re-run alone. Each chunk keeps its incremental file under reports/ (ignored by
# git), so a later run re-tests only what changed. Then records the merged score with scripts/record-mutation-score.ts.
# Usage: [MUTATION_CONCURRENCY=2] [TMPDIR=/dev/shm] bash scripts/mutation-chunks.sh [chunk-name ...]
#   The model loader's tests copy model v1 into the temp directory for each case; on a tmpfs they spend about a third
#   less CPU, which matters because a surviving mutant of load-model.ts runs all 138 of them.
#   (default: every chunk at concurrency 1; the recorder merges whatever exists)
set -euo pipefail
cd "$(dirname "$0")/.."

# name | files to mutate (comma-separated globs) | test files (comma-separated globs)
CHUNKS=(
  "domain-constants|src/domain/app-error.ts,src/domain/audit-actions.ts,src/domain/batch-status.ts,src/domain/index-months.ts,src/domain/measure-feedback.ts,src/domain/principal.ts,src/domain/record.ts,src/domain/roles.ts,src/domain/index-dimensions.ts,src/domain/unified-login-refusals.ts,src/domain/incubator-tenancy.ts|src/domain/closed-lists.test.ts,src/domain/index-months.test.ts,src/domain/incubator-tenancy.test.ts"
  "domain-workflows|src/domain/workflows/*.ts|src/domain/workflows/*.test.ts"
  "domain-text|src/domain/canonical-json.ts,src/domain/chinese-punctuation.ts,src/domain/readable-reference.ts,src/domain/masking.ts,src/domain/password-policy.ts|src/domain/canonical-json.test.ts,src/domain/chinese-punctuation.test.ts,src/domain/readable-reference.test.ts,src/domain/masking.test.ts,src/domain/password-policy.test.ts"
  "domain-requests|src/domain/requests/*.ts|src/domain/requests/*.test.ts"
  "domain-random-draw|src/domain/random-draw.ts|src/domain/random-draw.test.ts"
  "domain-publicity|src/domain/publicity.ts,src/domain/publicity-rules.ts|src/domain/publicity.test.ts,src/domain/publicity-rules.test.ts"
  "engine-evaluate|src/engine/evaluate.ts,src/engine/engine-input.ts,src/engine/fingerprint.ts,src/engine/trace.ts,src/engine/load-publicity-rules.ts,src/engine/record-batch.ts,src/engine/batch-evaluator.ts|src/engine/evaluate.test.ts,src/engine/fingerprint.test.ts,src/engine/run-model-tests.test.ts,src/engine/load-model.test.ts,src/engine/lint-model.test.ts,src/engine/rule-variants.test.ts,src/engine/load-model-problems.test.ts,src/engine/record-batch.test.ts"
  "domain-dates|src/domain/district-date.ts,src/domain/month-arithmetic.ts|src/domain/district-date.test.ts,src/domain/month-arithmetic.test.ts"
  "domain-calendar|src/domain/holiday-arrangement.ts,src/domain/working-days.ts|src/domain/holiday-arrangement.test.ts,src/services/workflows/working-days.test.ts"
  "domain-uscc|src/domain/uscc.ts|src/domain/uscc.test.ts"
  "engine-lint|src/engine/lint-model.ts,src/engine/run-model-tests.ts|src/engine/evaluate.test.ts,src/engine/fingerprint.test.ts,src/engine/run-model-tests.test.ts,src/engine/load-model.test.ts,src/engine/lint-model.test.ts,src/engine/rule-variants.test.ts,src/engine/load-model-problems.test.ts,src/engine/record-batch.test.ts"
  "engine-compile|src/engine/model.ts,src/engine/compile-model.ts|src/engine/evaluate.test.ts,src/engine/fingerprint.test.ts,src/engine/run-model-tests.test.ts,src/engine/load-model.test.ts,src/engine/lint-model.test.ts,src/engine/rule-variants.test.ts,src/engine/load-model-problems.test.ts,src/engine/record-batch.test.ts"
  # The loader with the tests that read models from files: each of its mutants runs them all when it survives.
  "engine-load|src/engine/load-model.ts|src/engine/load-model-problems.test.ts,src/engine/load-model.test.ts,src/engine/lint-model.test.ts"
)

selected=("$@")
mkdir -p reports/mutation-chunks reports/stryker-incremental
for chunk in "${CHUNKS[@]}"; do
  IFS='|' read -r name mutate tests <<<"$chunk"
  if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " == *" $name "* ]]; then continue; fi
  config="reports/mutation-chunks/$name.config.json"
  node -e '
    const [config, name, mutate, tests] = process.argv.slice(1);
    const base = JSON.parse(require("node:fs").readFileSync("stryker.config.json", "utf8"));
    delete base.$schema;
    base.mutate = [...mutate.split(","), ...base.mutate.filter((pattern) => pattern.startsWith("!"))];
    base.tap.testFiles = tests.split(",");
    base.incrementalFile = `reports/stryker-incremental/${name}.json`;
    base.jsonReporter = { fileName: `reports/mutation-chunks/${name}.json` };
    base.reporters = ["json", "progress-append-only"];
    base.concurrency = Number(process.env.MUTATION_CONCURRENCY ?? base.concurrency);
    require("node:fs").writeFileSync(config, JSON.stringify(base, null, 2));
  ' "$config" "$name" "$mutate" "$tests"
  echo "== $name ($(date -u +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg))"
  start=$(date +%s)
  npx stryker run "$config" || echo "!! $name failed"
  echo "== $name took $(( $(date +%s) - start )) s"
done
reports=()
for report in reports/mutation-chunks/*.json; do [[ "$report" == *.config.json ]] || reports+=("$report"); done
node --import tsx scripts/record-mutation-score.ts "${reports[@]}"
