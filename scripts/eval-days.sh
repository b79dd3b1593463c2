#!/usr/bin/env bash
# Scores following stories across days against a multi-day gold.
#
# usage: scripts/eval-days.sh DAYS_ROOT [GOLD_JSON]
#
# DAYS_ROOT holds one folder of uploads per day (YYYY-MM-DD/). Each day, in order, goes through
# `digest --archive` of the already built jar, so it reads the digests of the days before it as the digest
# function does; then score_days.py prints its measures. GOLD_JSON defaults to DAYS_ROOT/../gold.json. It builds
# nothing. Environment: JAR (default target/news-digest.jar), OUT (the archive; default a temporary folder).
set -euo pipefail
root="${1:?usage: scripts/eval-days.sh DAYS_ROOT [GOLD_JSON]}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$here/target/news-digest.jar}" out="${OUT:-$(mktemp -d)}" gold="${2:-$root/../gold.json}"
[ -f "$jar" ] && [ -f "$gold" ] || { echo "eval-days.sh: need the jar ($jar; mvn -B -q package -DskipTests) and the gold ($gold)" >&2; exit 2; }
for day in $(cd "$root" && ls -d ????-??-?? | sort); do
  (cd "$root" && java -jar "$jar" digest --date "$day" --archive "$out" "$day") > /dev/null 2>> "$out/stderr.log"
done
python3 "$here/scripts/score_days.py" "$out" "$gold"
echo "digests in $out"
