#!/usr/bin/env bash
# Preview latency of 'csa-site serve' with the tool as users get it (published for linux-x64, ReadyToRun): save a page,
# time until the open page's reloaded 'load' event in headless Chromium. Usage: bench/preview.sh [RUNS=10] [PAGE]
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
TOOL="$(mktemp -d /tmp/csa-preview-tool-XXXXXX)"
trap 'rm -rf "$TOOL"' EXIT
dotnet publish "$REPO/src/Csa.Site.Cli" -c Release -r linux-x64 --self-contained false -o "$TOOL" --nologo -v quiet >/dev/null
CSA_SITE_DLL="$TOOL/csa-site.dll" dotnet run -c Release --project "$REPO/bench/Csa.Site.Bench.Preview" -- "${1:-10}" ${2:+"$2"}
