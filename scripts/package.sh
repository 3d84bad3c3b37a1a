#!/usr/bin/env bash
# Builds the Teams app package artifacts/appPackage.zip: manifest/manifest.json with the bot's app id
# (and, with --host, the bot's host name in validDomains) and the two icons, at the zip's root.
#   ./scripts/package.sh --app-id <guid> [--host <bot host name>] [--out <zip path>]
# MicrosoftAppId and LCB_BOT_HOST in the environment work too. Installs the npm tools when missing.
set -euo pipefail

# shellcheck source=scripts/lib/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/services.sh"

require_command node "Install Node.js 20 or newer: https://nodejs.org"
require_command npm "Install npm (it ships with Node.js)."
ensure_npm_tools >&2
exec node "$REPO_ROOT/manifest/package.mjs" "$@"
