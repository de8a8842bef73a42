#!/usr/bin/env bash
# Long-run memory check (issue 7): N documents from the Wikinews corpus, replicated, with the heap after a
# full GC logged every EVERY documents. A benchmark, not a test; see docs/PERFORMANCE.md.
#   scripts/memory-benchmark.sh [N=10000] [EVERY=500] [WORKDIR=target/memory-benchmark]
# THREADS (default 2) and EXTRA_ARGS (more claimtrace options, e.g. --fine-ner) come from the environment.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"; every="${2:-500}"; work="${3:-$here/target/memory-benchmark}"
corpus="$here/../shared/eval/wikinews"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
rm -rf "$work/in" "$work/out"; mkdir -p "$work/in"
mapfile -t files < <(find "$corpus" -name '*.txt' | sort)
for ((i = 0; i < n; i++)); do
  copy=$((i / ${#files[@]})); dir="$work/in/r$(printf %04d "$copy")"
  mkdir -p "$dir"; cp "${files[i % ${#files[@]}]}" "$dir/"
done
# Replicated file names repeat, so ids get "~2", "~3"... suffixes: every document still has its own output.
"$here/claimtrace" --no-progress --threads "${THREADS:-2}" --date 2010-01-01 --out "$work/out" \
  --heap-log "$work/heap.csv" --heap-log-every "$every" ${EXTRA_ARGS:-} "$work/in"
cat "$work/heap.csv"
