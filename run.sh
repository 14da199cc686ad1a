#!/usr/bin/env bash
# Builds and starts OPD Token Engine on ASPNETCORE_URLS (default http://127.0.0.1:8000) with its
# own embedded PostgreSQL and demo data. Ctrl-C or SIGTERM stops the server and its database.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
. scripts/prerequisites.sh

require_dotnet
[ -n "${ConnectionStrings__Opd:-}" ] || ensure_runtime_packages

choose_data_dir "$root"
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:8000}"

quiet_build src/Opd.Web
cd src/Opd.Web/bin/Release/net10.0
echo "OPD Token Engine on $ASPNETCORE_URLS (API docs at $ASPNETCORE_URLS/docs), data in $OPD_DATA_DIR"
exec dotnet Opd.Web.dll
