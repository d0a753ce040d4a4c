#!/usr/bin/env bash
# Benchmark: time 'csa-site check' on a generated 4,000-page site and print the median of 5 runs.
# Usage: bench/check-corpus.sh [WORKDIR]     (default /dev/shm/csa-check-bench: measure on tmpfs)
# Env:   PAGES (4000), RUNS (5), MAKE_CORPUS (path to shared/bench/make-corpus.py)
# The corpus (shared/bench/README.md) goes under content/pages/, with a home page and a section page, and is
# built with the repository's default theme, in Release, with --no-check; only the check itself is timed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
pages=${PAGES:-4000}
runs=${RUNS:-5}
work=${1:-/dev/shm/csa-check-bench}
gen=${MAKE_CORPUS:-$repo/../shared/bench/make-corpus.py}
[ -f "$gen" ] || gen=/work/shared/bench/make-corpus.py
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$work"
mkdir -p "$work/content/pages"
python3 "$gen" --pages "$pages" --out "$work/content/pages"
cp "$repo/content/site.yml" "$work/content/site.yml"
printf -- '---\ntitle: Benchmark corpus\n---\nRead [the corpus pages](pages/index.md).\n' > "$work/content/index.md"
printf -- '---\ntitle: Corpus\nsummary: Every page of the corpus.\n---\n' > "$work/content/pages/index.md"
printf -- '---\ntitle: Accessibility statement\nnav: false\n---\nA stub for the footer link.\n' > "$work/content/accessibility.md"

echo "== build csa-site (Release)"
dotnet build "$repo/src/Csa.Site.Cli" -c Release -o "$work/bin" --nologo -v q -clp:ErrorsOnly
cli=(dotnet "$work/bin/csa-site.dll")

echo "== build the $pages-page site (--no-check)"
(cd "$work" && "${cli[@]}" build --theme "$repo/themes/default" --base-url / --no-check)

echo "== csa-site check, $runs runs"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  set +e
  (cd "$work" && "${cli[@]}" check --base-url / > check.log)
  status=$?
  set -e
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms (exit $status): $(tail -n 1 "$work/check.log")"
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "check median over $runs runs ($pages pages, wall clock incl. process start): ${median} ms"
