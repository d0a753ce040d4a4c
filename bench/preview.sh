#!/usr/bin/env bash
# Preview latency of 'csa-site serve' with the tool as published for speed (bench/publish-tool.sh): save a page,
# time until the open page's reloaded 'load' event in headless Chromium. Usage: bench/preview.sh [RUNS=10] [PAGE]
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
TOOL="$(mktemp -d /tmp/csa-preview-tool-XXXXXX)"
trap 'rm -rf "$TOOL"' EXIT
CSA_SITE_TOOL=$("$REPO/bench/publish-tool.sh" "$TOOL/bin") dotnet run -c Release --project "$REPO/bench/Csa.Site.Bench.Preview" -- "${1:-10}" ${2:+"$2"}
