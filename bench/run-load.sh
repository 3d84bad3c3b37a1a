#!/usr/bin/env bash
# Plays load against a Release build of the bot and prints turns/s, latency percentiles, errors, the
# bot's CPU per turn and its memory. Everything runs on 127.0.0.1.
#   triage (default): whole triage conversations, once with Azure Table storage on Azurite and once
#                     with memory storage.
#   review:           draft reviews of drafts near the 20,000-character limit against the bot with
#                     memory storage, sampling the bot's resident memory every half second.
#   bench/run-load.sh [--scenario triage|review] [--seconds N] [--concurrency N] [--draft-chars N]
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=triage
seconds=30
concurrency=
draft_chars=19500
while [ $# -gt 0 ]; do
  case "$1" in
    --scenario) scenario=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --draft-chars) draft_chars=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
case "$scenario" in
  triage) concurrency=${concurrency:-16} ;;
  review) concurrency=${concurrency:-8} ;;
  *) echo "unknown scenario: $scenario (triage or review)" >&2; exit 2 ;;
esac

port=${LCB_LOAD_PORT:-3979}
azurite_port=${LCB_LOAD_AZURITE_PORT:-10012}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

[ "$scenario" = review ] || [ -d node_modules ] || npm ci --no-audit --no-fund
for project in src/LeadershipCoachBot.Web bench/LeadershipCoachBot.LoadDriver; do
  dotnet build -c Release -v q -nologo "$project" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
done

wait_for() { for _ in $(seq 1 100); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; echo "$1 did not answer" >&2; return 1; }

run() {
  local label=$1; shift
  ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning Logging__LogLevel__LeadershipCoachBot=Warning \
    dotnet src/LeadershipCoachBot.Web/bin/Release/net10.0/LeadershipCoachBot.Web.dll --urls "http://127.0.0.1:$port" "$@" >"$work/bot-$label.log" 2>&1 &
  local bot=$!
  wait_for "http://127.0.0.1:$port/healthz" || { cat "$work/bot-$label.log" >&2; return 1; }
  dotnet bench/LeadershipCoachBot.LoadDriver/bin/Release/net10.0/LeadershipCoachBot.LoadDriver.dll \
    --endpoint "http://127.0.0.1:$port/api/messages" --scenario "$scenario" --concurrency "$concurrency" --seconds "$seconds" \
    --draft-chars "$draft_chars" --bot-pid "$bot" --label "$label" || true
  kill "$bot"; wait "$bot" 2>/dev/null || true
  echo
}

if [ "$scenario" = review ]; then
  run review-memory --Storage:Provider=Memory
  exit 0
fi

node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$azurite_port" --location "$work/azurite" --skipApiVersionCheck --silent >"$work/azurite.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$azurite_port/" && break; sleep 0.2; done


run azure-tables --Storage:Provider=AzureTables \
  "--Storage:ConnectionString=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;" \
  --Storage:TableName=loadbench
run memory --Storage:Provider=Memory
