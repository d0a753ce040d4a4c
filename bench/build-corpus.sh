#!/usr/bin/env bash
# Build-speed benchmark: csa-site against Hugo and Eleventy on the same synthetic Markdown corpus.
# Usage: bench/build-corpus.sh [PAGES=4000] [RUNS=10]
# Needs: hugo and clang (apt-get install -y hugo clang zlib1g-dev), and Eleventy 3.1.8 in $ELEVENTY_DIR
# (npm install @11ty/eleventy@3.1.8 there). Measured on tmpfs (/dev/shm), cold full builds that delete the
# previous output, process start to exit. The corpus is synthetic (lorem ipsum), made by shared/bench/make-corpus.py.
set -euo pipefail
PAGES=${1:-4000}
RUNS=${2:-10}
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
ROOT=${ROOT:-/dev/shm/csa-bench}
ELEVENTY_DIR=${ELEVENTY_DIR:-/dev/shm/eleventy-tool}

mkdir -p "$ROOT"
sh "$SHARED/bench/peers/setup.sh" "$PAGES" "$ROOT" >/dev/null

# The same corpus as a csa-site site, with a theme as small as the peers' layouts.
CSA="$ROOT/csa-$PAGES"
rm -rf "$CSA" && mkdir -p "$CSA/content/posts" "$CSA/themes"
cp "$ROOT/corpus-$PAGES"/*.md "$CSA/content/posts/"
printf 'title: bench (synthetic corpus)\n' > "$CSA/content/site.yml"
# A home page linking every page, so the link check's reachability rule holds (the peers build no home page).
printf -- '---\ntitle: Home\n---\n{{ for p in site.pages }}- [{{ p.title }}]({{ p.url }})\n{{ end }}\n' > "$CSA/content/index.md"
cp -r "$REPO/bench/theme" "$CSA/themes/default"

# The tool as published for speed: a native binary where clang is installed (bench/publish-tool.sh), and, for
# comparison in the same run, the framework-dependent ReadyToRun build.
CSA_BIN=$("$REPO/bench/publish-tool.sh" "$ROOT/csa-site-bin")
R2R_BIN=$("$REPO/bench/publish-tool.sh" "$ROOT/csa-site-r2r" r2r)

cd "$ROOT"
# Interleaved (bench/interleave.py): each round runs every command once, so the machine's slow spells fall on all alike.
python3 "$REPO/bench/interleave.py" "$RUNS" 1 "$ROOT/results.json" \
  "csa-site build --no-check" "rm -rf $CSA/output" "cd $CSA && $CSA_BIN build --no-check" \
  "csa-site build (with link check)" "rm -rf $CSA/output" "cd $CSA && $CSA_BIN build" \
  "csa-site ReadyToRun, link check" "rm -rf $CSA/output" "cd $CSA && $R2R_BIN build" \
  "hugo" "rm -rf $ROOT/hugo-$PAGES/public" "cd $ROOT/hugo-$PAGES && hugo --quiet" \
  "eleventy" "rm -rf $ROOT/eleventy-$PAGES/_site" "cd $ROOT/eleventy-$PAGES && node $ELEVENTY_DIR/node_modules/@11ty/eleventy/cmd.cjs --quiet"

python3 - "$ROOT/results.json" "$PAGES" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
print(f"{sys.argv[2]} pages, median of {len(results[0]['times'])} cold builds, interleaved (tmpfs, process start to exit):")
for r in results:
    m = statistics.median(r["times"])
    print(f"  {r['command']:<34} {m:6.3f} s   {m / base:5.2f}x csa-site --no-check")
PY

# Peak memory (maximum resident set size), 3 cold builds each, in the same run.
rss() { # NAME DIR COMMAND...
  local name=$1 dir=$2; shift 2
  local values=()
  for _ in 1 2 3; do
    rm -rf "$dir/output" "$dir/public"
    values+=("$(cd "$dir" && /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)")
  done
  printf '  %-34s %s MiB\n' "$name" "$(printf '%s\n' "${values[@]}" | sort -n | awk '{printf "%s%d", (NR>1?", ":""), $1/1024}')"
  printf '%s\n' "${values[@]}" | sort -n | tail -1 | awk '{printf "%d", $1/1024}' > "$ROOT/rss-$(echo "$name" | tr -c 'a-z0-9' '-')"
}
echo "peak RSS, 3 cold builds each:"
rss "csa-site build --no-check" "$CSA" $CSA_BIN build --no-check
rss "csa-site build (with link check)" "$CSA" $CSA_BIN build
rss "hugo" "$ROOT/hugo-$PAGES" hugo --quiet

# The default site (content/ with themes/default), cold, with the link check, as an analyst runs it.
SITE="$ROOT/default-site"
rm -rf "$SITE" && mkdir -p "$SITE/themes"
cp -r "$REPO/content" "$SITE/content" && cp -r "$REPO/themes/default" "$SITE/themes/default"
python3 "$REPO/bench/interleave.py" "$RUNS" 1 "$ROOT/default.json" \
  "default site, build with link check" "rm -rf $SITE/output" "cd $SITE && $CSA_BIN build" \
  "default site, ReadyToRun" "rm -rf $SITE/output" "cd $SITE && $R2R_BIN build"
python3 - "$ROOT/default.json" <<'PY'
import json, statistics, sys
native, r2r = json.load(open(sys.argv[1]))["results"]
print(f"default site: median {statistics.median(native['times']):.3f} s of {len(native['times'])} cold builds with the link check"
      f" (ReadyToRun in the same run: {statistics.median(r2r['times']):.3f} s)")
PY
rss "default site, build with link check" "$SITE" $CSA_BIN build

# The issue's targets against what this run measured.
python3 - "$ROOT" <<'PY'
import json, statistics, sys, os
root = sys.argv[1]
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(f"{root}/results.json"))["results"]}
d = statistics.median(json.load(open(f"{root}/default.json"))["results"][0]["times"])
def peak(name):
    key = "rss-" + "".join(c if c in "abcdefghijklmnopqrstuvwxyz0123456789" else "-" for c in name + "\n")
    path = os.path.join(root, key)
    return int(open(path).read()) if os.path.exists(path) else None
hugo = r["hugo"]
# What profiling showed stands in the way of each (details, and what was tried, in bench/README.md).
speed = "CPU (perf, native binary): a fifth in the collections the pacer asks for, then Scriban layouts, loading pages (YamlDotNet), Markdig; on one core: folder walks, URLs, the check's site-wide rules; parallel writes do not scale"
rows = [
    ("4,000 pages with the link check", "<= 0.60x Hugo", r["csa-site build (with link check)"] / hugo, 0.60, "x", speed + "; and a fifth reading each written page for the check (AngleSharp's tokenizer)"),
    ("4,000 pages --no-check", "<= 0.45x Hugo", r["csa-site build --no-check"] / hugo, 0.45, "x", speed),
    ("peak RSS with the link check", "<= 100 MiB", peak("csa-site build (with link check)"), 100, " MiB",
     "a one-page build peaks at 37 MiB; the rest is every page's text as UTF-16 (kept to quote lines in messages) and the check's links and ids"),
    ("default site, cold, with the check", "<= 0.5 s", d, 0.5, " s",
     "46 charts' 2x PNG downloads, about 30 ms of CPU each (Skia drawing and libpng: 11 ms to encode even a blank image)"),
]
print("targets (this run):")
for name, target, value, limit, unit, why in rows:
    if value is None:
        continue
    shown = f"{value:.2f}{unit}" if unit != " MiB" else f"{value}{unit}"
    print(f"  {name:<36} {target:<14} {shown:>10}   {'met' if value <= limit else 'NOT met'}")
    if value > limit:
        print(f"    in the way: {why}")
print("  (what was tried against each: bench/README.md)")
PY
