#!/usr/bin/env bash
# Runs the bot locally with everything it needs, until Ctrl-C:
#   Azurite's table service  127.0.0.1:10002  (data in .data/azurite)
#   the bot                  http://127.0.0.1:3978  (LCB_BOT_PORT; environment Development)
#   the Agents Playground    http://127.0.0.1:56150 (LCB_PLAYGROUND_PORT; a Teams-like chat client)
# Logs go to .data/logs/. Ctrl-C stops all of them.
set -euo pipefail

# shellcheck source=scripts/lib/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/services.sh"

BOT_PORT="${LCB_BOT_PORT:-3978}"
PLAYGROUND_PORT="${LCB_PLAYGROUND_PORT:-56150}"
DATA_DIR="$REPO_ROOT/.data"
LOG_DIR="$DATA_DIR/logs"
FOLLOW_PID=""

# shellcheck disable=SC2317 # called by the EXIT trap
shutdown() {
  trap - EXIT INT TERM
  if [[ -n "$FOLLOW_PID" ]]; then
    kill "$FOLLOW_PID" 2>/dev/null || true
  fi
  stop_services
}
trap shutdown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

require_prerequisites
ensure_npm_tools
ensure_port_free "$BOT_PORT" "the bot" LCB_BOT_PORT
ensure_port_free "$PLAYGROUND_PORT" "the Agents Playground" LCB_PLAYGROUND_PORT
mkdir -p "$LOG_DIR"

say "Building the bot..."
dotnet build "$REPO_ROOT/src/LeadershipCoachBot.Web" --nologo -v quiet ||
  die "The bot does not build; fix the errors above and rerun."

ensure_azurite "$DATA_DIR/azurite" "$LOG_DIR/azurite.log"
start_bot "$BOT_PORT" "$LOG_DIR/bot.log"
start_playground "$PLAYGROUND_PORT" "$BOT_PORT" "$DATA_DIR/playground" "$LOG_DIR/playground.log"

cat <<EOF

  Leadership Coach Bot is running.
    Open the Agents Playground:  http://127.0.0.1:$PLAYGROUND_PORT
    Bot endpoint:                http://127.0.0.1:$BOT_PORT/api/messages
    Table storage (Azurite):     http://127.0.0.1:$AZURITE_TABLE_PORT/devstoreaccount1
    Logs:                        .data/logs/{bot,azurite,playground}.log
  Press Ctrl-C to stop everything.

EOF

# Follow the bot's log here; the loop ends when any service stops.
tail -n 0 -F "$LOG_DIR/bot.log" &
FOLLOW_PID=$!
set +e
wait -n "${SERVICE_PIDS[@]}"
set -e
for i in "${!SERVICE_PIDS[@]}"; do
  if ! service_alive "${SERVICE_PIDS[i]}"; then
    warn "${SERVICE_NAMES[i]} stopped unexpectedly; stopping the rest."
  fi
done
exit 1
