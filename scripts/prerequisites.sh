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

# The browser the page tests drive (Debian's Chromium; Playwright never downloads its own here).
# Noto fonts so that Odia and Hindi pages render (and show in screenshots) as patients see them.
# nginx and openssl for the test that runs the server behind deploy/'s TLS proxy configuration.
ensure_test_packages() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -d /usr/share/fonts/truetype/noto ] || missing+=(fonts-noto-core)
    [ -x /usr/sbin/nginx ] || missing+=(nginx)
    command -v openssl >/dev/null 2>&1 || missing+=(openssl)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]} for the tests ..."
        apt_install "${missing[@]}" || return 1
        # The test starts its own nginx on loopback ports; the package's default site on port 80,
        # which Debian starts after installing it, is not needed by anything here.
        if [[ " ${missing[*]} " == *" nginx "* ]] && command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
            as_root systemctl disable --now nginx >/dev/null 2>&1 || true
        fi
    fi
}

# Sets OPD_DATA_DIR (default: .opd-data in the checkout). As root the database runs as the
# 'postgres' user, who must be able to reach it; a checkout under /root is not reachable, so the
# data then lives in /var/lib/opd-token-engine instead.
choose_data_dir() {
    export OPD_DATA_DIR="${OPD_DATA_DIR:-$1/.opd-data}"
    if [ -z "${ConnectionStrings__Opd:-}" ] && [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
        mkdir -p "$OPD_DATA_DIR"
        if ! runuser -u postgres -- test -x "$OPD_DATA_DIR"; then
            export OPD_DATA_DIR=/var/lib/opd-token-engine
            mkdir -p "$OPD_DATA_DIR"
            echo "The 'postgres' user cannot reach the checkout; the data is kept in $OPD_DATA_DIR." >&2
        fi
    fi
}

# Builds a project in Release, showing the compiler's output only when the build fails.
quiet_build() {
    local log
    log=$(mktemp)
    if ! dotnet build "$1" -c Release -nologo >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
}
