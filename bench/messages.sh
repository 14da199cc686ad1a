#!/usr/bin/env bash
# The message benchmarks in about four minutes: booking throughput with confirmations off (the
# baseline) and on, then dispatcher throughput with the log gateway and with a loopback stand-in
# HTTP provider. Each server gets a fresh embedded PostgreSQL at default durability.
# Usage: bench/messages.sh [seconds per booking scenario, default 10] [messages, default 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
messages=${2:-20000}
key=opd_bench_admin_key_000000000000
port=8097
gateway_port=9099
work=$(mktemp -d /tmp/opd-bench-messages.XXXXXX)
chmod 755 "$work"
dotnet build -c Release src/Opd.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Opd.Bench -v q -nologo >/dev/null
bench=bench/Opd.Bench/bin/Release/net10.0/opd-bench
server_pid=

start() { # name, then more environment as NAME=value
    local name=$1; shift
    mkdir -p "$work/$name"
    env OPD_DATA_DIR="$work/$name" OPD_ADMIN_API_KEY=$key OPD_DEMO_DATA=false ASPNETCORE_URLS=http://127.0.0.1:$port \
        Logging__LogLevel__Default=Warning RateLimits__BookingsPerAddress=100000000 RateLimits__BookingsPerPhonePerHour=100000000 "$@" dotnet src/Opd.Web/bin/Release/net10.0/Opd.Web.dll >"$work/$name.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "the server did not start; see $work/$name.log" >&2
    exit 1
}

stop() {
    kill "$server_pid"
    wait "$server_pid" || true
}
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true' EXIT

book() {
    "$bench" run --url "http://127.0.0.1:$port" --key $key --concurrency 64 --seconds "$seconds" --doctors 50 --only book-a,book-b | grep '^| book' || true
}

# Off and on take turns, twice, so that a change in the machine's load shows as a difference between rounds.
for round in 1 2; do
    echo "## Round $round: booking, confirmations off (baseline)"
    start "off$round" Notifications__BookingConfirmations=false
    book
    stop
    echo "## Round $round: booking, confirmations on (log gateway, dispatched by the same server)"
    start "on$round"
    book
    stop
done

echo "## Dispatch"
echo "| gateway | queued | sent | seconds | messages/s |"
echo "|---|---:|---:|---:|---:|"
start log Notifications__BatchSize=200 Notifications__Parallel=32
"$bench" dispatch --messages "$messages" --data-dir "$work/log"
stop
start http Notifications__BatchSize=200 Notifications__Parallel=32 Notifications__Sms__Gateway=http \
    Notifications__Sms__Http__Url=http://127.0.0.1:$gateway_port/sms Notifications__Sms__Http__IdPath=data.id
"$bench" dispatch --messages "$messages" --gateway-port $gateway_port --data-dir "$work/http"
stop
server_pid=
rm -rf "$work"
