#!/usr/bin/env bash
# Runs every test suite and ends with one line "N passed, N failed":
#   1. the .NET tests (dotnet build once, then dotnet test --no-build) against Azurite on 10002;
#   2. card validation: the validator's own tests, then every Adaptive Card the .NET tests recorded;
#   3. the Teams app manifest and package: the official manifest schema (offline, from npm), icons,
#      ids, the package script;
#   4. deployment/: bicep build and bicep lint with no error and no warning, then checks of the
#      compiled template;
#   5. the end-to-end test: headless Chromium chats with the bot through the Agents Playground.
# Installs what is missing first (Debian chromium through apt-get when /usr/bin/chromium is absent,
# the npm tools through npm ci, the Bicep CLI from NuGet). Stops every service it started, however it ends.
set -euo pipefail

# shellcheck source=scripts/lib/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/services.sh"
# shellcheck source=scripts/lib/bicep.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/bicep.sh"

CHROMIUM=/usr/bin/chromium
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/lcb-test.XXXXXX")"
CARD_DIR="$WORK_DIR/cards"
PASSED=0
FAILED=0
COMPLETED=0

# Stops what was started and prints the closing summary; a run that stopped early counts as a failure.
# shellcheck disable=SC2317 # called by the EXIT trap
finish() {
  local status=$?
  trap - EXIT INT TERM
  stop_services
  rm -rf "$WORK_DIR"
  if ((COMPLETED == 0)); then
    warn "The test run stopped early (status $status); counting that as one failure."
    FAILED=$((FAILED + 1))
  fi
  echo
  echo "$PASSED passed, $FAILED failed"
  if ((FAILED > 0)); then
    exit $((status == 0 ? 1 : status))
  fi
  exit 0
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# tally SUITE PASSED FAILED
tally() {
  say "$1: $2 passed, $3 failed"
  PASSED=$((PASSED + $2))
  FAILED=$((FAILED + $3))
}

ensure_chromium() {
  [[ -x "$CHROMIUM" ]] && return 0
  ((EUID == 0)) || die "$CHROMIUM is missing and installing it needs root: run 'sudo apt-get install chromium', then rerun."
  say "Installing Debian's chromium (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq ||
    die "apt-get update failed; check that the Debian package mirror is reachable."
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null ||
    die "apt-get install chromium failed; see the messages above."
  [[ -x "$CHROMIUM" ]] || die "apt-get installed chromium but $CHROMIUM is still missing."
}

# Counts from TAP written by node --test: tally SUITE from FILE, counting a non-zero exit as a failure.
tally_tap() {
  local suite="$1" file="$2" status="$3" pass fail cancelled
  pass="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$file" | tail -n 1)"
  fail="$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$file" | tail -n 1)"
  cancelled="$(sed -n 's/^# cancelled \([0-9]*\)$/\1/p' "$file" | tail -n 1)"
  fail=$((${fail:-0} + ${cancelled:-0}))
  if ((status != 0 && fail == 0)); then
    warn "$suite exited with status $status without a failing test; counting it as one failure."
    fail=1
  fi
  tally "$suite" "${pass:-0}" "$fail"
}

run_node_tests() {
  local suite="$1" tap="$2"
  shift 2
  local status=0
  node --test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$@" || status=$?
  tally_tap "$suite" "$tap" "$status"
}

# Names each skipped .NET test with its reason (a test that needs ../shared says which file is missing).
report_skipped_tests() {
  local file line
  for file in "$1"/*.trx; do
    [[ -f "$file" ]] || continue
    while IFS= read -r line; do
      say "skipped: $line"
    done < <(awk '
      /<UnitTestResult / {
        name = ""
        if ($0 ~ /outcome="NotExecuted"/ && match($0, /testName="[^"]*"/)) name = substr($0, RSTART + 10, RLENGTH - 11)
      }
      name != "" && /<Message>/ {
        sub(/.*<Message>/, ""); sub(/<\/Message>.*/, "")
        print name ": " $0
        name = ""
      }' "$file")
  done
}

run_dotnet_tests() {
  local trx_dir="$WORK_DIR/trx" status=0 passed=0 failed=0 counters file value
  say "Running the .NET tests..."
  LCB_CARD_DIR="$CARD_DIR" dotnet test "$REPO_ROOT/LeadershipCoachBot.sln" --no-build --nologo \
    --logger "trx;LogFilePrefix=lcb" --results-directory "$trx_dir" --blame-hang-timeout 10m || status=$?
  for file in "$trx_dir"/*.trx; do
    [[ -f "$file" ]] || continue
    counters="$(grep -o '<Counters [^>]*>' "$file" | head -n 1)"
    value="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    passed=$((passed + ${value:-0}))
    for attribute in failed error timeout aborted; do
      value="$(sed -n "s/.* $attribute=\"\\([0-9]*\\)\".*/\\1/p" <<<"$counters")"
      failed=$((failed + ${value:-0}))
    done
  done
  report_skipped_tests "$trx_dir"
  if ((status != 0 && failed == 0)); then
    warn "dotnet test exited with status $status without a failing test; counting it as one failure."
    failed=1
  fi
  tally ".NET tests" "$passed" "$failed"
}

validate_cards() {
  run_node_tests "card validator tests" "$WORK_DIR/cards-tests.tap" "$REPO_ROOT/tests/cards/"
  local out="$WORK_DIR/cards.out" status=0 pass fail
  say "Validating the Adaptive Cards the .NET tests recorded..."
  mkdir -p "$CARD_DIR"
  node "$REPO_ROOT/tests/cards/validate-cards.mjs" "$CARD_DIR" | tee "$out" || status=$?
  pass="$(sed -n 's/^cards: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$out")"
  fail="$(sed -n 's/^cards: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$out")"
  if ((status != 0 && ${fail:-0} == 0)); then
    fail=1
  fi
  tally "recorded cards" "${pass:-0}" "${fail:-0}"
}

check_manifest() {
  run_node_tests "manifest and app package checks" "$WORK_DIR/manifest.tap" "$REPO_ROOT/tests/manifest/"
}

# Each bicep command is one check: it passes when bicep exits 0 with no warning and no error.
check_deployment() {
  local dir="$WORK_DIR/bicep" passed=0 failed=0
  mkdir -p "$dir"
  ensure_bicep
  say "Compiling and linting deployment/ with $("$BICEP" --version)..."
  bicep_check() {
    local name="$1" out
    shift
    out="$dir/$((passed + failed)).out"
    if bicep_clean "$out" "$@"; then
      say "  ok: $name"
      passed=$((passed + 1))
    else
      warn "  FAILED: $name (warnings fail the run)"
      cat "$out" >&2
      failed=$((failed + 1))
    fi
  }
  bicep_check "bicep build deployment/main.bicep" build "$REPO_ROOT/deployment/main.bicep" --outfile "$dir/main.json"
  bicep_check "bicep lint deployment/main.bicep" lint "$REPO_ROOT/deployment/main.bicep"
  bicep_check "bicep build-params deployment/main.bicepparam" build-params "$REPO_ROOT/deployment/main.bicepparam" --outfile "$dir/main.parameters.json"
  bicep_check "bicep lint deployment/main.bicepparam" lint "$REPO_ROOT/deployment/main.bicepparam"
  # The check itself must fail a template with a warning (bicep lint exits 0 on warnings).
  if bicep_clean "$dir/warning.out" lint "$REPO_ROOT/tests/deployment/fixtures/warning.bicep"; then
    warn "  FAILED: the Bicep check passed tests/deployment/fixtures/warning.bicep, which has a warning"
    failed=$((failed + 1))
  else
    say "  ok: a template with a warning fails the check"
    passed=$((passed + 1))
  fi
  tally "Bicep (deployment/)" "$passed" "$failed"
  if [[ -f "$dir/main.json" ]]; then
    LCB_ARM_TEMPLATE="$dir/main.json" run_node_tests "deployment template checks" "$WORK_DIR/deployment.tap" "$REPO_ROOT/tests/deployment/"
  fi
}

run_e2e() {
  local bot_port="${LCB_BOT_PORT:-3978}" playground_port="${LCB_PLAYGROUND_PORT:-56150}"
  if port_in_use "$bot_port"; then
    say "Port $bot_port is taken by $(port_holder "$bot_port"); the end-to-end bot uses another."
    bot_port="$(free_port)"
  fi
  if port_in_use "$playground_port"; then
    say "Port $playground_port is taken by $(port_holder "$playground_port"); the Playground uses another."
    playground_port="$(free_port)"
  fi
  start_bot "$bot_port" "$WORK_DIR/logs/bot.log"
  start_playground "$playground_port" "$bot_port" "$WORK_DIR/playground" "$WORK_DIR/logs/playground.log"
  local failed_before="$FAILED"
  # The files share one Playground chat (one user, one conversation), so they run one after another.
  # node --test sorts the files it is given, so the welcome test, which reads the chat as a new user
  # finds it, runs on its own first.
  local file others=()
  for file in "$REPO_ROOT"/tests/e2e/*.test.mjs; do
    [[ "$file" == */welcome.test.mjs ]] || others+=("$file")
  done
  LCB_PLAYGROUND_URL="http://127.0.0.1:$playground_port" CHROMIUM_PATH="$CHROMIUM" \
    run_node_tests "end-to-end tests (welcome)" "$WORK_DIR/e2e-welcome.tap" "$REPO_ROOT/tests/e2e/welcome.test.mjs"
  LCB_PLAYGROUND_URL="http://127.0.0.1:$playground_port" CHROMIUM_PATH="$CHROMIUM" \
    run_node_tests "end-to-end tests" "$WORK_DIR/e2e.tap" --test-concurrency=1 "${others[@]}"
  if ((FAILED > failed_before)); then
    show_log_tail "$WORK_DIR/logs/bot.log"
    show_log_tail "$WORK_DIR/logs/playground.log"
  fi
}

require_prerequisites
ensure_chromium
ensure_npm_tools
ensure_azurite "$WORK_DIR/azurite" "$WORK_DIR/logs/azurite.log"

say "Building the solution..."
if ! dotnet build "$REPO_ROOT/LeadershipCoachBot.sln" --nologo -v quiet; then
  die "The solution does not build; fix the errors above. No test ran."
fi

run_dotnet_tests
validate_cards
check_manifest
check_deployment
run_e2e
COMPLETED=1
