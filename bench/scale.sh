#!/usr/bin/env bash
# Scaling: csa-site on the same synthetic corpus at 1,000, 4,000 and 16,000 pages, cold builds with the link check.
# Usage: bench/scale.sh [RUNS=3] [SIZES="1000 4000 16000"]
# Prints, for each size, the median time of RUNS cold builds and the peak RSS (the highest of them), then the time and
# memory per 1,000 pages, so growth faster than linear shows as a rising figure. Measured on tmpfs (/dev/shm).
set -euo pipefail
RUNS=${1:-3}
SIZES=${2:-"1000 4000 16000"}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
ROOT=${ROOT:-/dev/shm/csa-scale}
mkdir -p "$ROOT"
CSA_BIN=$("$REPO/bench/publish-tool.sh" "$ROOT/bin")
echo "pages   median of $RUNS   peak RSS    per 1,000 pages"
for n in $SIZES; do
  site="$ROOT/csa-$n"
  rm -rf "$site" && mkdir -p "$site/content/posts" "$site/themes"
  python3 "$SHARED/bench/make-corpus.py" --pages "$n" --out "$site/content/posts" >/dev/null
  printf 'title: bench (synthetic corpus)\n' > "$site/content/site.yml"
  printf -- '---\ntitle: Home\n---\n{{ for p in site.pages }}- [{{ p.title }}]({{ p.url }})\n{{ end }}\n' > "$site/content/index.md"
  cp -r "$REPO/bench/theme" "$site/themes/default"
  times=() peak=0
  for _ in $(seq "$RUNS"); do
    rm -rf "$site/output"
    out=$(cd "$site" && /usr/bin/time -f '%e %M' $CSA_BIN build 2>&1 >/dev/null | tail -1)
    times+=("${out% *}")
    kb=${out#* }
    (( kb > peak )) && peak=$kb
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  awk -v n="$n" -v t="$median" -v k="$peak" 'BEGIN {printf "%6d   %7.2f s   %6d MiB   %.3f s, %.1f MiB\n", n, t, k/1024, t*1000/n, k/1024*1000/n}'
  rm -rf "$site"
done
