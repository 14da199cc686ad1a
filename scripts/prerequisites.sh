# Shared by run.sh and test.sh: installs what the server and the tests need on Debian.
# Source it; it defines functions and changes nothing by itself.

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "Need root to run: $*  (install it by hand, or run this script as root)" >&2
        return 1
    fi
}

apt_updated=""
apt_install() {
    if [ -z "$apt_updated" ]; then
        as_root apt-get update -qq
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

require_dotnet() {
    if ! command -v dotnet >/dev/null 2>&1; then
        echo "The .NET 10 SDK is needed (https://learn.microsoft.com/dotnet/core/install/linux-debian)." >&2
        exit 1
    fi
}

# The PostgreSQL server programs (initdb, pg_ctl, postgres), the clinic time zone data and the
# tools used to run the database as a non-root user.
ensure_runtime_packages() {
    local missing=()
    if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
        missing+=(postgresql)
    fi
    [ -e /usr/share/zoneinfo/Asia/Kolkata ] || missing+=(tzdata)
    command -v setsid >/dev/null 2>&1 || missing+=(util-linux)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} ..."
        apt_install "${missing[@]}"
    fi
}
