#!/usr/bin/env bash
# Usage: infra/dev/load-bench.sh [--postgres] [--duration SECONDS] [--rate REQ_PER_S]
# Load benchmark of the signed Slack Events endpoint (POST /slack/events) next to a bare Kestrel endpoint that
# returns 200 (infra/dev/loadbench/bare), both measured in the same run on 127.0.0.1:
#   1. max throughput, closed loop: wrk -t2 -c64 -d<duration>s (after a 5 s warm-up), acknowledged req/s, p50/p99;
#   2. latency at a fixed rate (default 2,000 req/s, open loop, no coordinated omission): infra/dev/loadbench/rate.mjs
#      (Debian ships wrk but not wrk2, and wrk has no -R), p50/p99 from each request's due time.
# Every request to the host is a valid, distinct, freshly signed Events API delivery (own event_id and ts, so each
# ack writes one inbox row); the bare endpoint gets the same bytes. Any non-2xx or socket error fails the run.
# Prints a table and PASS/FAIL lines for the issue's targets (host >= 70% of bare throughput, host p99 at the fixed
# rate <= 2x bare p99), then waits for the host to work off the inbox backlog the runs left (acks come first during
# a burst; processing catches up after it) and prints how long that took; exits 0 either way, non-zero only when the
# run itself broke.
# Host: Release build, a temp SQLite database (or, with --postgres, the database in ALLYBOT_TEST_POSTGRES), Slack Web
# API pointed at a dead loopback port (outbound nudges fail fast and stay in the inbox), playground off.
# Needs: root or wrk installed (apt-get install -y wrk), the .NET 10 SDK, node. Generator and servers share the
# machine's cores, so the figures are for "everything on one box".
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench="$root/infra/dev/loadbench"
duration=15
rate=2000
rate_seconds=20
postgres=false
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres=true ;;
    --duration) duration=$2; shift ;;
    --rate) rate=$2; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "load-bench.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

for tool in dotnet node; do
  command -v "$tool" >/dev/null || { echo "load-bench.sh: $tool is not on PATH" >&2; exit 2; }
done
if ! command -v wrk >/dev/null; then
  echo "== installing wrk" >&2
  apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if $postgres && [ -z "${ALLYBOT_TEST_POSTGRES:-}" ]; then
  echo "load-bench.sh: --postgres needs ALLYBOT_TEST_POSTGRES (see infra/dev/postgres-local.sh)" >&2
  exit 2
fi

work=$(mktemp -d /tmp/allybot-load-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building (Release) into $work" >&2
dotnet publish "$root/bot/AllyBot.Host" -c Release -o "$work/host" --nologo -v quiet >"$work/build-host.log" 2>&1 \
  || { cat "$work/build-host.log" >&2; exit 1; }
dotnet publish "$bench/bare" -c Release -o "$work/bare" --artifacts-path "$work/bare-artifacts" --nologo -v quiet \
  >"$work/build-bare.log" 2>&1 || { cat "$work/build-bare.log" >&2; exit 1; }

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
host_port=$(free_port)
bare_port=$(free_port)
dead_port=$(free_port) # nothing listens there: Slack Web API calls are refused at once
secret=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')

mkdir -p "$work/data/keys"
if $postgres; then
  storage_provider=Postgres
  connection="$ALLYBOT_TEST_POSTGRES"
else
  storage_provider=Sqlite
  connection="Data Source=$work/data/allybot.db"
fi

echo "== starting the host on 127.0.0.1:$host_port ($storage_provider) and bare Kestrel on 127.0.0.1:$bare_port" >&2
(
  cd "$work/host"
  export Slack__SigningSecret="$secret" Slack__BotToken="xoxb-load-bench" Slack__ApiBaseUrl="http://127.0.0.1:$dead_port/api/"
  export Storage__Provider="$storage_provider" ConnectionStrings__AllyBot="$connection"
  export Privacy__PseudonymSecret="$(head -c 32 /dev/urandom | base64)" Playground__Enabled=false
  export DataProtection__KeysPath="$work/data/keys" HOME="$work/data"
  exec dotnet AllyBot.Host.dll --urls "http://127.0.0.1:$host_port"
) >"$work/host.log" 2>&1 &
pids+=($!)
(cd "$work/bare" && exec dotnet AllyBot.LoadBench.Bare.dll --urls "http://127.0.0.1:$bare_port") >"$work/bare.log" 2>&1 &
pids+=($!)

wait_ready() { # url name
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "load-bench.sh: $2 did not become ready ($1)" >&2
  cat "$work/$2.log" >&2
  exit 1
}
wait_ready "http://127.0.0.1:$host_port/readyz" host
wait_ready "http://127.0.0.1:$bare_port/" bare

host_url="http://127.0.0.1:$host_port/slack/events"
bare_url="http://127.0.0.1:$bare_port/slack/events"

# One signed request first: a wrong set-up (secret, payload) shows here rather than as a table of errors.
probe=$(node --input-type=module -e "
  import { makeRequests } from '$bench/slack-requests.mjs';
  const [r] = makeRequests('$secret', 1, 'PROBE');
  const res = await fetch('$host_url', { method: 'POST', body: r.body, headers: {
    'Content-Type': 'application/json', 'X-Slack-Request-Timestamp': r.timestamp, 'X-Slack-Signature': r.signature } });
  console.log(res.status);")
if [ "$probe" != 200 ]; then
  echo "load-bench.sh: a signed probe delivery got HTTP $probe from the host" >&2
  tail -20 "$work/host.log" >&2
  exit 1
fi

field() { sed -n "s/.*[ ]$2=\([0-9.]*\).*/\1/p" <<<"$1"; }

# wrk: 5 s warm-up, then the measured run; every phase gets its own freshly signed, distinct deliveries.
# The host needs a distinct delivery per request (room for 40,000 req/s; beyond that slack.lua wraps and the run
# fails); the bare endpoint ignores bodies, so it replays a smaller set of the same kind of requests.
throughput() { # name url prefix per_second
  local name=$1 url=$2 prefix=$3 per_second=$4 count out
  count=$(( per_second * duration ))
  node "$bench/slack-requests.mjs" --secret "$secret" --count $(( per_second * 5 )) --prefix "${prefix}W" --out "$work/warm.txt"
  wrk -t2 -c64 -d5s --timeout 10s -s "$bench/slack.lua" "$url" -- "$work/warm.txt" 2 >"$work/wrk-$name-warmup.txt"
  node "$bench/slack-requests.mjs" --secret "$secret" --count "$count" --prefix "$prefix" --out "$work/requests.txt"
  wrk -t2 -c64 -d"${duration}s" --timeout 10s --latency -s "$bench/slack.lua" "$url" -- "$work/requests.txt" 2 >"$work/wrk-$name.txt"
  out=$(grep '^RESULT' "$work/wrk-$name.txt")
  echo "$out"
}

fixed_rate() { # name url prefix
  node "$bench/rate.mjs" --url "$2" --secret "$secret" --rate "$rate" --seconds "$rate_seconds" --warmup 5 --prefix "$3" \
    | grep '^RESULT'
}

echo "== max throughput: wrk -t2 -c64 -d${duration}s (bare, then host)" >&2
bare_max=$(throughput bare "$bare_url" B 5000)
host_max=$(throughput host "$host_url" H 40000)
echo "== fixed rate: $rate req/s for ${rate_seconds}s after a 5 s warm-up (bare, then host)" >&2
bare_fixed=$(fixed_rate bare "$bare_url" C)
host_fixed=$(fixed_rate host "$host_url" F)

broken=0
if [ "$(field "$host_max" wrapped)" != 0 ]; then
  echo "load-bench.sh: the host run ran out of distinct deliveries (raise per_second): $host_max" >&2; broken=1
fi
for r in "$bare_max" "$host_max"; do
  if [ "$(field "$r" status_errors)" != 0 ] || [ "$(field "$r" socket_errors)" != 0 ]; then
    echo "load-bench.sh: wrk run had non-2xx answers or socket errors: $r" >&2; broken=1
  fi
done
for r in "$bare_fixed" "$host_fixed"; do
  if [ "$(field "$r" non2xx)" != 0 ] || [ "$(field "$r" errors)" != 0 ] || [ "$(field "$r" ok)" != "$(field "$r" sent)" ]; then
    echo "load-bench.sh: fixed-rate run had non-2xx answers or errors: $r" >&2; broken=1
  fi
done

rps() { awk -v n="$(field "$1" requests)" -v d="$(field "$1" duration_us)" 'BEGIN { printf "%.0f", n / (d / 1e6) }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

bare_rps=$(rps "$bare_max"); host_rps=$(rps "$host_max")
throughput_ratio=$(ratio "$host_rps" "$bare_rps")
p99_ratio=$(ratio "$(field "$host_fixed" p99_us)" "$(field "$bare_fixed" p99_us)")

echo
echo "AllyBot load benchmark: $(nproc) CPU ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), load generator and servers on the same machine"
echo "storage: $storage_provider; host: Release build of bot/AllyBot.Host; bare: infra/dev/loadbench/bare"
echo
printf '%-34s | %9s | %9s | %9s | %s\n' target "req/s" p50 p99 "ratio to bare"
printf '%-34s-+-%9s-+-%9s-+-%9s-+-%s\n' "----------------------------------" "---------" "---------" "---------" "-------------"
printf '%-34s | %9s | %9s | %9s | %s\n' "bare Kestrel, max (wrk -c64)" "$bare_rps" "$(ms "$(field "$bare_max" p50_us)")" "$(ms "$(field "$bare_max" p99_us)")" "1.00"
printf '%-34s | %9s | %9s | %9s | %s\n' "slack events, max (wrk -c64)" "$host_rps" "$(ms "$(field "$host_max" p50_us)")" "$(ms "$(field "$host_max" p99_us)")" "$throughput_ratio (req/s)"
printf '%-34s | %9s | %9s | %9s | %s\n' "bare Kestrel, fixed $rate req/s" "$rate" "$(ms "$(field "$bare_fixed" p50_us)")" "$(ms "$(field "$bare_fixed" p99_us)")" "1.00"
printf '%-34s | %9s | %9s | %9s | %s\n' "slack events, fixed $rate req/s" "$rate" "$(ms "$(field "$host_fixed" p50_us)")" "$(ms "$(field "$host_fixed" p99_us)")" "$p99_ratio (p99)"
echo
awk -v r="$throughput_ratio" 'BEGIN { printf "%s throughput: host %.0f%% of bare (target >= 70%%)\n", (r >= 0.70 ? "PASS" : "FAIL"), r * 100 }'
awk -v r="$p99_ratio" -v rate="$rate" 'BEGIN { printf "%s p99 at %s req/s: host %.2fx bare (target <= 2x)\n", (r <= 2.0 ? "PASS" : "FAIL"), rate, r }'
echo "wrk timeouts (no answer within 10 s, not counted as acks): bare $(field "$bare_max" timeouts), host $(field "$host_max" timeouts)"
echo "acknowledged: $(field "$host_max" requests) + $(field "$host_fixed" ok) signed deliveries answered 200, 0 non-2xx"
echo "raw: bare_max[$bare_max] host_max[$host_max] bare_fixed[$bare_fixed] host_fixed[$host_fixed]" >&2

# The processing side: acked events wait in the inbox during a burst; time how long the host takes to catch up.
inbox_pending() {
  curl -sS "http://127.0.0.1:$host_port/readyz" \
    | node -e 'let s = ""; process.stdin.on("data", d => s += d).on("end", () => console.log(JSON.parse(s).inboxPending ?? -1))'
}
backlog=$(inbox_pending)
drain_start=$(date +%s)
pending=$backlog
while [ "$pending" -gt 0 ] && [ $(( $(date +%s) - drain_start )) -lt 600 ]; do
  sleep 1
  pending=$(inbox_pending)
done
drained=$(( $(date +%s) - drain_start ))
if [ "$pending" = 0 ]; then
  echo "inbox backlog when the load stopped: $backlog acknowledged events, all processed $drained s later ($(( backlog / (drained > 0 ? drained : 1) ))/s)"
else
  echo "inbox backlog when the load stopped: $backlog acknowledged events; $pending still pending after $drained s"
fi
exit "$broken"
