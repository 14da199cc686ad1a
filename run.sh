#!/usr/bin/env bash
# Builds and starts OPD Token Engine on ASPNETCORE_URLS (default http://127.0.0.1:8000) with its
# own embedded PostgreSQL and demo data. Ctrl-C or SIGTERM stops the server and its database.
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
. scripts/prerequisites.sh

require_dotnet
[ -n "${ConnectionStrings__Opd:-}" ] || ensure_runtime_packages

export OPD_DATA_DIR="${OPD_DATA_DIR:-$root/.opd-data}"
# As root the database runs as the 'postgres' user, who must be able to reach the data directory;
# a checkout under /root is not reachable, so keep the data in a system directory instead.
if [ -z "${ConnectionStrings__Opd:-}" ] && [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
    mkdir -p "$OPD_DATA_DIR"
    if ! runuser -u postgres -- test -x "$OPD_DATA_DIR"; then
        export OPD_DATA_DIR=/var/lib/opd-token-engine
        mkdir -p "$OPD_DATA_DIR"
        echo "The 'postgres' user cannot reach the checkout; keeping the data in $OPD_DATA_DIR."
    fi
fi
export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:8000}"

dotnet build src/Opd.Web -c Release -nologo -v quiet -clp:ErrorsOnly
cd src/Opd.Web/bin/Release/net10.0
echo "OPD Token Engine on $ASPNETCORE_URLS (API docs at $ASPNETCORE_URLS/docs), data in $OPD_DATA_DIR"
exec dotnet Opd.Web.dll
