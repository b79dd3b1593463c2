#!/usr/bin/env bash
# Scores the digest engine against gold stories.
#
# usage: scripts/eval.sh GOLD_ROOT
#
# Every folder under GOLD_ROOT that holds gold.json and articles/ is one story. The script runs the digest
# (from the already built target/news-digest.jar) over each story alone, then over all of them mixed into one
# day, and prints the scorer's table for each run. It builds nothing.
#
# Environment: JAR (default target/news-digest.jar), SCORER (default ../shared/eval/score.py beside the
# project), JAVA (default java), OUT (folder for the digests; default a temporary folder).
set -euo pipefail

root="${1:?usage: scripts/eval.sh GOLD_ROOT}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$here/target/news-digest.jar}"
scorer="${SCORER:-$here/../shared/eval/score.py}"
java="${JAVA:-java}"
out="${OUT:-$(mktemp -d)}"

[ -f "$jar" ] || { echo "eval.sh: no jar at $jar (build it first: mvn -B -q package -DskipTests)" >&2; exit 2; }
[ -f "$scorer" ] || { echo "eval.sh: no scorer at $scorer (set SCORER)" >&2; exit 2; }

stories=()
while IFS= read -r gold; do
  dir="$(dirname "$gold")"
  [ -d "$dir/articles" ] && stories+=("$dir")
done < <(find -L "$root" -name gold.json | sort)
[ "${#stories[@]}" -gt 0 ] || { echo "eval.sh: no gold stories under $root" >&2; exit 2; }

for dir in "${stories[@]}"; do
  name="$(basename "$dir")"
  echo "== $name"
  "$java" -jar "$jar" digest --date 2000-01-01 --json "$out/$name.json" "$dir/articles" > /dev/null
  python3 "$scorer" "$out/$name.json" "$dir"
done

echo "== all ${#stories[@]} stories mixed into one day"
articles=()
for dir in "${stories[@]}"; do
  articles+=("$dir/articles")
done
"$java" -jar "$jar" digest --date 2000-01-01 --json "$out/mixed.json" "${articles[@]}" > /dev/null
python3 "$scorer" "$out/mixed.json" "${stories[@]}"
echo "digests in $out"
