#!/usr/bin/env bash
# Spark against the CLI (issue 6): documents/s of SparkMain on local[2] and of ./claimtrace --threads 2 on the
# same corpus, wall clock, each in a fresh JVM (model loading included). A benchmark, not a test; see
# docs/PERFORMANCE.md. Runs SparkMain with plain java on Maven's provided classpath (no Spark distribution needed).
#   scripts/spark-benchmark.sh [CORPUS=../shared/eval/wikinews] [WORKDIR=target/spark-benchmark]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$here/../shared/eval/wikinews}"; work="${2:-$here/target/spark-benchmark}"
build="${CLAIMTRACE_BUILD_DIR:-$here/target}"
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
cd "$here"
mvn -B -q -o -Dclaimtrace.buildDir="$build" -DskipTests package
mvn -B -q -o -Dclaimtrace.buildDir="$build" dependency:build-classpath -DincludeScope=provided \
  -Dmdep.outputFile="$build/spark-classpath.txt"
servlet="$HOME/.m2/repository/jakarta/servlet/jakarta.servlet-api/5.0.0/jakarta.servlet-api-5.0.0.jar"
opens="$(sed -n "s:.*<spark.javaOptions>\(.*\)</spark.javaOptions>.*:\1:p" pom.xml)"
jvm="-Xmx3g -Xss4m -XX:+UseParallelGC"
rm -rf "$work"; mkdir -p "$work"
n="$(find "$corpus" -name '*.txt' | wc -l)"

t0=$(date +%s.%N)
java $jvm -cp "$build/claimtrace.jar:$(cat "$build/runtime-classpath.txt")" org.claimtrace.cli.Main \
  --no-progress --threads 2 --date 2010-01-01 --format jsonl --out "$work/cli" "$corpus"
t1=$(date +%s.%N)
# shellcheck disable=SC2086
java $jvm $opens -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -cp "$build/claimtrace.jar:$(cat "$build/runtime-classpath.txt"):$(cat "$build/spark-classpath.txt"):$servlet" \
  org.claimtrace.spark.SparkMain --input "$corpus" --output "$work/spark" --format jsonl --date 2010-01-01 2>&1 \
  | grep -v -E '^(WARNING|[0-9]{2}/[0-9]{2}/[0-9]{2} .* (INFO|WARN) )' || true
t2=$(date +%s.%N)
awk -v n="$n" -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
  cli = n / (b - a); spark = n / (c - b)
  printf "documents: %d\nCLI --threads 2: %.1f s, %.2f documents/s\nSpark local[2]: %.1f s, %.2f documents/s\nSpark/CLI: %.2f\n",
    n, b - a, cli, c - b, spark, spark / cli }'
# the same documents either way
cmp <(sort "$work/cli/claimtrace.jsonl") <(cat "$work"/spark/jsonl/part-* | sort) && echo "same JSONL lines"
