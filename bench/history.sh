#!/usr/bin/env bash
# What following stories across days costs a day's digest (see BENCHMARKS.md, "Following stories"): a day of N
# invented articles (default 10,000) run through `digest --archive` with the digests of the DAYS days before it
# (default 7) against the same day with an empty archive. The earlier days are the same events with other
# articles each day (`bench --day K`), each digested in turn with its own history as the digest function would,
# so their digests are of the same size and their stories continue one another. The measured runs are paired,
# with and without, through farm-bench (--vs) when it is installed, else timed one after the other; with AT_ONCE=1
# the two runs of a pair go at the same time, each held to one processor (taskset), the processors swapped from one
# pair to the next, so that both meet the same machine: on a shared machine whose speed swings by a fifth from one
# minute to the next, the CPU ratio of runs made side by side holds where runs made one after the other do not.
# Builds the jar only if it is missing, and runs a copy of it. Environment: N, DAYS, RUNS (pairs, default 5), WORK
# (keeps the days and archive between calls: set it to measure again without the set-up), JAVA_FLAGS (default
# -Xmx1g), AT_ONCE.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/news-digest.jar}
N=${N:-10000}
DAYS=${DAYS:-7}
RUNS=${RUNS:-5}
FLAGS=${JAVA_FLAGS:--Xmx1g}
work=${WORK:-$(mktemp -d)}
[ -f "$JAR" ] || mvn -B -q package -DskipTests
mkdir -p "$work"
jar="$work/news-digest.jar"
[ -f "$work/ready" ] || cp "$JAR" "$jar" # one jar for the set-up and every run, whatever is built meanwhile
day0=2030-03-14
echo "# $(nproc) cores, load:$(cut -d' ' -f1-3 /proc/loadavg), $N articles a day, $DAYS earlier days, work in $work"
if [ ! -f "$work/ready" ]; then
  for k in $(seq "$DAYS" -1 0); do
    [ -d "$work/day$k" ] || java -jar "$jar" bench --articles "$N" --day "$k" --dump "$work/day$k" > /dev/null
  done
  for k in $(seq "$DAYS" -1 1); do
    java $FLAGS -jar "$jar" digest --date "$(date -d "$day0 -$k day" +%F)" --archive "$work/archive" "$work/day$k" \
      > /dev/null 2>> "$work/setup.log"
  done
  touch "$work/ready"
fi
ls -l "$work"/archive/*/digest.json | awk '{s += $5} END {printf "# earlier digests: %d files, %.1f MB of JSON\n", NR, s / 1e6}'
cat > "$work/with.sh" <<EOS
#!/bin/sh
rm -rf "$work/archive/$day0"
exec java $FLAGS -jar "$jar" digest --date $day0 --archive "$work/archive" "$work/day0"
EOS
cat > "$work/without.sh" <<EOS
#!/bin/sh
rm -rf "$work/empty"
exec java $FLAGS -jar "$jar" digest --date $day0 --archive "$work/empty" "$work/day0"
EOS
chmod +x "$work/with.sh" "$work/without.sh"
if [ "${AT_ONCE:-0}" = 1 ]; then
  ratios=()
  for r in $(seq "$RUNS"); do
    a=$((r % 2)); b=$((1 - a))
    /usr/bin/time -f "%U %S" -o "$work/with.time" taskset -c "$a" "$work/with.sh" > /dev/null 2>&1 &
    /usr/bin/time -f "%U %S" -o "$work/without.time" taskset -c "$b" "$work/without.sh" > /dev/null 2>&1 &
    wait
    w=$(awk '{print $1 + $2}' "$work/with.time"); o=$(awk '{print $1 + $2}' "$work/without.time")
    ratio=$(awk -v w="$w" -v o="$o" 'BEGIN {printf "%.3f", w / o}')
    ratios+=("$ratio")
    echo "pair $r: with the archive $w s CPU (processor $a), without $o s CPU (processor $b), ratio $ratio"
  done
  printf '%s\n' "${ratios[@]}" | sort -n | awk '{x[NR] = $1} END {printf "# with / without CPU, median of %d pairs: %s (%s to %s)\n", NR, (NR % 2 ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2), x[1], x[NR]}'
elif command -v farm-bench > /dev/null; then
  farm-bench -n "$RUNS" --warmup 0 --timeout 3600 --vs "$work/without.sh" -- "$work/with.sh"
else
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "with the archive: %e s wall, %U s user" "$work/with.sh" > /dev/null
    /usr/bin/time -f "without: %e s wall, %U s user" "$work/without.sh" > /dev/null
  done
fi
skipped=$("$work/with.sh" 2>&1 > /dev/null | grep -c "skipped" || true)
echo "# earlier digests skipped in the last run: $skipped"
python3 - "$work/archive/$day0/digest.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["stories"]
print(f"# the day: {len(s)} stories, {sum(1 for x in s if x.get('continues'))} continuing, "
      f"{sum(1 for x in s if x.get('changes'))} with a moved figure")
PY
