#!/usr/bin/env bash
# `npm run bench [-- --enterprises N] [-- --engines pglite,postgres]`: the engine alone (bench/engine-benchmark.ts),
# then, on PGlite and on a throwaway PostgreSQL, the data set load and the end-to-end evaluation figures
# (bench/evaluation-benchmark.ts), then webhook delivery to a local receiver (bench/webhook-benchmark.ts). Results:
# bench/results/engine.json, bench/results/evaluation.json and bench/results/webhooks.json; last, every speed target next
# to its latest recorded figure (bench/targets.ts → bench/results/targets.json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-packages.sh initdb=postgresql
echo "== 评价引擎(单核,内存中的合成数据)=="
node --import tsx bench/engine-benchmark.ts
echo
echo "== 数据集装载与端到端评价 =="
node --max-old-space-size=8192 --import tsx bench/evaluation-benchmark.ts "$@"
echo
echo "== Webhook 投递(本机接收方)=="
node --import tsx bench/webhook-benchmark.ts
echo
echo "== 性能目标汇总 =="
node --import tsx bench/targets.ts
