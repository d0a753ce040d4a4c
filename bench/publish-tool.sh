#!/usr/bin/env bash
# Publishes csa-site for a benchmark and prints the command that runs it (a path, or 'dotnet PATH.dll').
# Usage: bench/publish-tool.sh OUT_DIR [KIND]
# KIND (or $CSA_TOOL): native, a native binary (PublishAot; needs clang and zlib1g-dev, as .ci/run installs);
# r2r, framework-dependent and precompiled (ReadyToRun), as 'dotnet publish -r linux-x64' gives without PublishAot;
# auto (the default), native where clang is installed, else r2r. Which one was built is printed on standard error.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT=$1
KIND=${2:-${CSA_TOOL:-auto}}
if [ "$KIND" = auto ]; then
  if command -v clang >/dev/null 2>&1; then KIND=native; else KIND=r2r; fi
fi
rm -rf "$OUT"
case "$KIND" in
  native)
    dotnet publish "$REPO/src/Csa.Site.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$OUT" --nologo -v quiet >/dev/null
    echo "csa-site: native binary (PublishAot)" >&2
    echo "$OUT/csa-site" ;;
  r2r)
    dotnet publish "$REPO/src/Csa.Site.Cli" -c Release -r linux-x64 --self-contained false -o "$OUT" --nologo -v quiet >/dev/null
    echo "csa-site: framework-dependent, ReadyToRun" >&2
    echo "dotnet $OUT/csa-site.dll" ;;
  *) echo "unknown kind '$KIND' (native, r2r or auto)" >&2; exit 2 ;;
esac
