#!/usr/bin/env bash
# Runs the News Digest benchmarks on this machine and prints the results (see BENCHMARKS.md):
#   1. the scale series: 100, 1,000 and 10,000 invented articles, parse + digest, -Xmx1g;
#   2. the cold start: a fresh JVM ingests one article from local files, wall time from process start to exit,
#      median of 10, beside the median of 10 `java -version`, run interleaved round by round; default flags,
#      the flags as on Lambda, and those with class-data sharing.
# Builds the jar only if it is missing.
# Usage: bench/run.sh [--quick | --cold]   (--quick: without the 10,000 run; --cold: only the cold start)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/news-digest.jar}
JAVA=${JAVA:-java}
RUNS=${RUNS:-10}
# How the functions' JVM runs on Lambda: the flags template.yaml gives them (C1 only, which starts fastest) and
# the serial collector, which the Lambda Java runtimes select on the command line they start the JVM with (so
# JAVA_TOOL_OPTIONS cannot choose another). This machine would pick G1 by itself.
LAMBDA_FLAGS="-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
quick=false
cold_only=false
[ "${1:-}" = "--quick" ] && quick=true
[ "${1:-}" = "--cold" ] && cold_only=true

if [ ! -f "$JAR" ]; then
  mvn -B -q package -DskipTests
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
# wall_ms CMD...: runs CMD once (output discarded) and prints its wall time in ms
wall_ms() {
  local t0 t1
  t0=$(now_ms); "$@" >/dev/null 2>&1; t1=$(now_ms)
  echo $((t1 - t0))
}
# fresh_ms CMD...: wall_ms with an empty article store, so that every ingest writes its article
fresh_ms() { rm -rf "$work/store"; wall_ms "$@"; }
ratio() { awk "BEGIN {printf \"%.1f\", $1 / $2}"; }

echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA" -version 2>&1 | head -1)"
echo "# date: $(date -u +%Y-%m-%dT%H:%MZ), jar: $(stat -c %s "$JAR") bytes, load:$(cut -d' ' -f1-3 /proc/loadavg)"

if ! $cold_only; then
  echo "## scale series (-Xmx1g; --warmup K = K untimed runs of the same day first, in the same JVM)"
  echo "## default JIT (C1 then C2)"
  "$JAVA" -Xmx1g -jar "$JAR" bench --articles 100 --warmup 0
  "$JAVA" -Xmx1g -jar "$JAR" bench --articles 100 --warmup 5
  "$JAVA" -Xmx1g -jar "$JAR" bench --articles 1000 --warmup 0
  "$JAVA" -Xmx1g -jar "$JAR" bench --articles 1000 --warmup 3
  # steady state: on 2 cores the C2 compiler's queue takes over a minute to drain; warmupMillis shows the runs
  # falling until it has
  "$JAVA" -Xmx1g -jar "$JAR" bench --articles 1000 --warmup 20
  $quick || "$JAVA" -Xmx1g -jar "$JAR" bench --articles 10000 --warmup 0
  echo "## as on Lambda ($LAMBDA_FLAGS): how the functions run"
  "$JAVA" $LAMBDA_FLAGS -Xmx1g -jar "$JAR" bench --articles 100 --warmup 0
  "$JAVA" $LAMBDA_FLAGS -Xmx1g -jar "$JAR" bench --articles 1000 --warmup 0
  "$JAVA" $LAMBDA_FLAGS -Xmx1g -jar "$JAR" bench --articles 1000 --warmup 3
  $quick || "$JAVA" $LAMBDA_FLAGS -Xmx1g -jar "$JAR" bench --articles 10000 --warmup 0
  echo "## the ingest side alone (--no-digest: parse only)"
  "$JAVA" -Xmx1g -jar "$JAR" bench --articles 1000 --warmup 3 --no-digest
  $quick || "$JAVA" -Xmx1g -jar "$JAR" bench --articles 10000 --warmup 1 --no-digest
fi

echo "## cold start (median of $RUNS, ms)"
"$JAVA" -jar "$JAR" bench --articles 20 --stories 2 --seed 1 --dump "$work/day" >/dev/null
# the largest web page of a small day that the parser accepts (any format if no web page parses)
page=""
for f in $(find "$work/day" -name '*.html' -printf '%s %p\n' | sort -rn | cut -d' ' -f2) \
         $(find "$work/day" -type f ! -name '*.html' -printf '%s %p\n' | sort -rn | cut -d' ' -f2); do
  if "$JAVA" -cp "$JAR" io.newsdigest.bench.ColdIngest "$f" "$work/store" 2>/dev/null; then page=$f; break; fi
done
[ -n "$page" ] || { echo "no article of the cold-start day was accepted" >&2; exit 1; }
echo "article: $(basename "$page") ($(stat -c %s "$page") bytes)"
ingest=(-cp "$JAR" io.newsdigest.bench.ColdIngest "$page" "$work/store")

# Application class-data sharing, JDK 17 style: dump the classes one run loads, then map them in.
JAVA_TOOL_OPTIONS="$LAMBDA_FLAGS" "$JAVA" -XX:ArchiveClassesAtExit="$work/app.jsa" "${ingest[@]}" >/dev/null 2>&1
# Interleaved: each round runs java -version and then each way of ingesting once, so that load from other
# processes on a shared machine falls on all of them alike. Printed: the median of each column, their ratio,
# and the median of the rounds' own ratios ("per round").
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$RUNS"); do
  echo "$(wall_ms "$JAVA" -version) \
$(fresh_ms "$JAVA" "${ingest[@]}") \
$(JAVA_TOOL_OPTIONS="$LAMBDA_FLAGS" fresh_ms "$JAVA" "${ingest[@]}") \
$(JAVA_TOOL_OPTIONS="$LAMBDA_FLAGS" fresh_ms "$JAVA" -XX:SharedArchiveFile="$work/app.jsa" "${ingest[@]}")"
done > "$work/cold.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
col() { cut -d' ' -f"$1" "$work/cold.txt" | median; }
# round_ratio N: the median over the rounds of column N / java -version of the same round
round_ratio() {
  awk -v n="$1" '{print $n / $1}' "$work/cold.txt" | sort -g \
    | awk '{a[NR]=$1} END {printf "%.1f", (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
version_ms=$(col 1); plain_ms=$(col 2); c1_ms=$(col 3); cds_ms=$(col 4)
echo "java -version: $version_ms"
echo "ingest, default flags: $plain_ms ($(ratio "$plain_ms" "$version_ms")x; per round $(round_ratio 2)x)"
echo "ingest, $LAMBDA_FLAGS: $c1_ms ($(ratio "$c1_ms" "$version_ms")x; per round $(round_ratio 3)x)"
echo "ingest, $LAMBDA_FLAGS + AppCDS: $cds_ms ($(ratio "$cds_ms" "$version_ms")x; per round $(round_ratio 4)x)"
echo "per round (java -version, default, C1, C1 + AppCDS): $(tr '\n' ';' < "$work/cold.txt")"
