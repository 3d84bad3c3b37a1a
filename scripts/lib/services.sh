# shellcheck shell=bash
# Shared by scripts/run.sh and scripts/test.sh: prerequisites, the npm development tools, and the
# local services (Azurite's table service, the bot, the Microsoft 365 Agents Playground), each
# started in its own process group and stopped, with its children, by stop_services.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_BIN="$REPO_ROOT/node_modules/.bin"
AZURITE_TABLE_PORT=10002 # fixed: "UseDevelopmentStorage=true" always means 127.0.0.1:10002

SERVICE_PIDS=()
SERVICE_NAMES=()

say() { printf '[lcb] %s\n' "$*"; }
warn() { printf '[lcb] %s\n' "$*" >&2; }
die() {
  printf '[lcb] ERROR: %s\n' "$*" >&2
  exit 1
}

require_command() {
  local name="$1" hint="$2"
  command -v "$name" >/dev/null 2>&1 || die "'$name' is not installed. $hint"
}

require_prerequisites() {
  require_command dotnet "Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
  require_command node "Install Node.js 20 or newer: https://nodejs.org"
  require_command npm "Install npm (it ships with Node.js)."
  require_command curl "Install curl (apt-get install curl)."
  require_command setsid "Install util-linux (apt-get install util-linux)."
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  ((major >= 20)) || die "Node.js $(node --version) is too old; install Node.js 20 or newer."
}

# Runs `npm ci` when node_modules is missing or was installed from a different package-lock.json.
ensure_npm_tools() {
  local stamp="$REPO_ROOT/node_modules/.lcb-package-lock.sha256" want
  want="$(sha256sum "$REPO_ROOT/package-lock.json" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$NODE_BIN/azurite-table" ]]; then
    return 0
  fi

  say "Installing the npm development tools (npm ci)..."
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error) ||
    die "npm ci failed. Check that the npm registry is reachable and package-lock.json is intact, then rerun."
  printf '%s\n' "$want" >"$stamp"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Names the process listening on port $1, as far as `ss` can tell.
port_holder() {
  local holder=""
  if command -v ss >/dev/null 2>&1; then
    holder="$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'users:((.*))' | head -n 1 || true)"
  fi
  printf '%s\n' "${holder:-an unknown process}"
}

ensure_port_free() {
  local port="$1" what="$2" env_name="$3"
  if port_in_use "$port"; then
    die "Port $port (for $what) is already taken (by: $(port_holder "$port")). Stop that process, or set $env_name to a free port."
  fi
}

# A free loopback port chosen by the kernel.
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# True when the table service of an Azurite answers on 127.0.0.1:$1.
azurite_answers() {
  curl -s -o /dev/null -D - --max-time 3 "http://127.0.0.1:$1/devstoreaccount1/Tables" 2>/dev/null |
    grep -qi '^server: *azurite-table'
}

# start_service NAME LOGFILE COMMAND... : runs COMMAND in a new session (its own process group).
start_service() {
  local name="$1" log="$2"
  shift 2
  mkdir -p "$(dirname "$log")"
  setsid "$@" >"$log" 2>&1 </dev/null &
  SERVICE_PIDS+=("$!")
  SERVICE_NAMES+=("$name")
}

service_alive() {
  kill -0 "$1" 2>/dev/null
}

# Stops every started service, newest first: SIGTERM to its process group, SIGKILL after 10 s.
stop_services() {
  local i pid tries
  for ((i = ${#SERVICE_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${SERVICE_PIDS[i]}"
    if service_alive "$pid"; then
      say "Stopping ${SERVICE_NAMES[i]} (process group $pid)..."
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for ((tries = 0; tries < 50; tries++)); do
        service_alive "$pid" || break
        sleep 0.2
      done
    fi
    # Children that ignored SIGTERM, or outlived their leader, go too.
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  SERVICE_PIDS=()
  SERVICE_NAMES=()
}

show_log_tail() {
  local log="$1"
  if [[ -s "$log" ]]; then
    warn "Last lines of $log:"
    tail -n 30 "$log" | sed 's/^/    /' >&2
  fi
}

# wait_for_http NAME URL PID LOG SECONDS : waits until URL answers 2xx, failing if PID exits.
wait_for_http() {
  local name="$1" url="$2" pid="$3" log="$4" seconds="$5" waited=0
  while ! curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    if ! service_alive "$pid"; then
      show_log_tail "$log"
      die "$name exited before $url answered. See $log."
    fi
    if ((waited >= seconds * 2)); then
      show_log_tail "$log"
      die "$name did not answer $url within $seconds s. See $log."
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
}

# start_azurite DATA_DIR LOG : Azurite's table service on 127.0.0.1:10002 with data in DATA_DIR.
start_azurite() {
  local data="$1" log="$2" pid
  mkdir -p "$data"
  say "Starting Azurite table service on 127.0.0.1:$AZURITE_TABLE_PORT (data in $data)..."
  start_service "Azurite" "$log" "$NODE_BIN/azurite-table" --tableHost 127.0.0.1 \
    --tablePort "$AZURITE_TABLE_PORT" --location "$data" --disableTelemetry --skipApiVersionCheck
  pid="${SERVICE_PIDS[-1]}"
  local waited=0
  until azurite_answers "$AZURITE_TABLE_PORT"; do
    if ! service_alive "$pid"; then
      show_log_tail "$log"
      die "Azurite exited during start-up. See $log."
    fi
    ((waited < 60)) || die "Azurite did not answer on 127.0.0.1:$AZURITE_TABLE_PORT within 30 s. See $log."
    sleep 0.5
    waited=$((waited + 1))
  done
}

# Starts Azurite unless one already answers on 10002 (then it is used as is); fails when the port
# is held by something else.
ensure_azurite() {
  local data="$1" log="$2"
  if azurite_answers "$AZURITE_TABLE_PORT"; then
    say "An Azurite table service already answers on 127.0.0.1:$AZURITE_TABLE_PORT; using it."
  elif port_in_use "$AZURITE_TABLE_PORT"; then
    die "Port $AZURITE_TABLE_PORT is taken by something that is not Azurite ($(port_holder "$AZURITE_TABLE_PORT")). The bot's development storage needs it: stop that process and rerun."
  else
    start_azurite "$data" "$log"
  fi
}

# start_bot PORT LOG : the built bot (Development environment) on 127.0.0.1:PORT, waits for /healthz.
start_bot() {
  local port="$1" log="$2"
  say "Starting the bot on http://127.0.0.1:$port (environment Development)..."
  start_service "the bot" "$log" env ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
    dotnet run --no-build --no-launch-profile --project "$REPO_ROOT/src/LeadershipCoachBot.Web" \
    --urls "http://127.0.0.1:$port"
  wait_for_http "The bot" "http://127.0.0.1:$port/healthz" "${SERVICE_PIDS[-1]}" "$log" 120
}

# start_playground PORT BOT_PORT WORK_DIR LOG : the Agents Playground (channel msteams, no browser,
# no telemetry) talking to the bot. It writes its own log under WORK_DIR/devTools.
start_playground() {
  local port="$1" bot_port="$2" work="$3" log="$4" pid waited=0 listening
  mkdir -p "$work"
  say "Starting the Microsoft 365 Agents Playground on port $port..."
  start_service "the Agents Playground" "$log" env --chdir="$work" TEAMSAPPTESTER_BROWSER=none \
    "$NODE_BIN/agentsplayground" start --app-endpoint "http://127.0.0.1:$bot_port/api/messages" \
    --channel-id msteams --port "$port" --disable-telemetry
  pid="${SERVICE_PIDS[-1]}"
  # It silently moves to a random port when its port is taken, so read the port it reports.
  until listening="$(grep -oE 'Listening on [0-9]+' "$log" 2>/dev/null | head -n 1 | grep -oE '[0-9]+$')"; do
    if ! service_alive "$pid"; then
      show_log_tail "$log"
      die "The Agents Playground exited during start-up. See $log."
    fi
    ((waited < 120)) || die "The Agents Playground did not start within 60 s. See $log."
    sleep 0.5
    waited=$((waited + 1))
  done
  [[ "$listening" == "$port" ]] ||
    die "The Agents Playground took port $listening because $port was taken. Free port $port and rerun."
  wait_for_http "The Agents Playground" "http://127.0.0.1:$port/" "$pid" "$log" 30
}
