#!/usr/bin/env bash
# Installs the "real VS Code" host the integration suite runs in on machines that
# cannot download a VS Code build: Debian's Chromium (the window, driven by
# playwright-core) and code-server (VS Code 1.99.3's server + web workbench, from npm).
#
#   bash scripts/install-vscode-host.sh        # idempotent: a second run takes ~1 s
#   UXCX_FORCE_REINSTALL=1 bash scripts/...    # wipe and reinstall code-server
#
# code-server goes to .vscode-test/code-server (git-ignored, not in the VSIX). It is
# installed with install scripts off (its postinstall refuses root, and @vscode/ripgrep's
# postinstall downloads a binary from the internet), then only the native modules are
# rebuilt against this Node. A marker file records the pinned version and Node ABI.
set -euo pipefail

CODE_SERVER_VERSION="4.99.4" # bundles VS Code 1.99.3; later releases need Node 24
APT_PACKAGES=(chromium libkrb5-dev ripgrep)

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$REPO_ROOT/.vscode-test/code-server"
MARKER="$DEST/.uxcx-installed"
export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true          # npx inside node-gyp builds must not prompt
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false

T_START=$(date +%s.%N)
STEP="start"
STEP_T=$T_START

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { echo "[install-vscode-host] $*"; }
step() {
  if [[ "$STEP" != "start" ]]; then log "  done: $STEP ($(elapsed "$STEP_T") s)"; fi
  STEP="$1"
  STEP_T=$(date +%s.%N)
  log "$STEP ..."
}
on_error() {
  local rc=$?
  echo "[install-vscode-host] ERROR: step '$STEP' failed (exit $rc) after $(elapsed "$T_START") s." >&2
  echo "[install-vscode-host] Nothing is marked installed; fix the cause and run again." >&2
  exit "$rc"
}
trap on_error ERR

# ---------------------------------------------------------------- Debian packages
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      SUDO=(sudo -n)
    else
      echo "[install-vscode-host] ERROR: need root (or sudo) to install: ${missing[*]}" >&2
      exit 1
    fi
  fi
  "${SUDO[@]}" apt-get update -qq </dev/null
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi
if [[ ! -x /usr/bin/chromium ]]; then
  echo "[install-vscode-host] ERROR: /usr/bin/chromium is missing after installing 'chromium'." >&2
  exit 1
fi

# ---------------------------------------------------------------- code-server
NODE_ABI="$(node -p 'process.versions.modules')"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
WANT_MARKER="code-server@$CODE_SERVER_VERSION node-abi=$NODE_ABI"
if [[ "$NODE_MAJOR" != "20" ]]; then
  log "WARNING: code-server $CODE_SERVER_VERSION is built for Node 20; this is Node $NODE_MAJOR."
fi

if [[ -z "${UXCX_FORCE_REINSTALL:-}" && -f "$MARKER" && "$(cat "$MARKER")" == "$WANT_MARKER" &&
  -f "$DEST/node_modules/code-server/out/node/entry.js" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in ${DEST#"$REPO_ROOT"/}"
else
  step "npm install code-server@$CODE_SERVER_VERSION (scripts off)"
  rm -rf "$DEST"
  mkdir -p "$DEST"
  # Its own package.json, so npm does not walk up and install into the repo's node_modules.
  echo '{ "name": "uxcx-vscode-host", "private": true }' >"$DEST/package.json"
  (cd "$DEST" && npm install --no-save --ignore-scripts --no-package-lock --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" </dev/null)

  step "npm rebuild argon2"
  (cd "$DEST" && npm rebuild argon2 --loglevel=error </dev/null)

  VSCODE_DIR="$DEST/node_modules/code-server/lib/vscode"
  step "npm install VS Code server dependencies (scripts off)"
  (cd "$VSCODE_DIR" && npm install --omit=dev --ignore-scripts --loglevel=error </dev/null)

  step "npm rebuild native modules (node-pty, @parcel/watcher, spdlog, kerberos, ...)"
  (cd "$VSCODE_DIR" && npm rebuild node-pty @parcel/watcher @vscode/spdlog kerberos \
    native-watchdog @vscode/deviceid --loglevel=error </dev/null)

  step "links and built-in extensions' dependencies"
  ln -sfn node_modules "$VSCODE_DIR/node_modules.asar"
  (cd "$VSCODE_DIR/bin/remote-cli" && ln -sf code-linux.sh code-server)
  (cd "$VSCODE_DIR/bin/helpers" && ln -sf browser-linux.sh browser.sh)
  (cd "$VSCODE_DIR/extensions" && npm install --omit=dev --ignore-scripts --loglevel=error </dev/null)

  step "check"
  node "$DEST/node_modules/code-server/out/node/entry.js" --version >/dev/null
  (cd "$VSCODE_DIR" && node -e '
    for (const m of ["node-pty", "@parcel/watcher", "@vscode/spdlog", "kerberos"]) require(m);
  ')
  echo "$WANT_MARKER" >"$MARKER"
  log "  done: $STEP ($(elapsed "$STEP_T") s)"
fi

# @vscode/ripgrep's postinstall would download rg; Debian's ripgrep takes its place, so that
# workspace.findFiles and search work in the test host. Checked on every run (cheap).
RG_BIN_DIR="$DEST/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin"
if [[ -x /usr/bin/rg && ! -x "$RG_BIN_DIR/rg" ]]; then
  mkdir -p "$RG_BIN_DIR"
  ln -sf /usr/bin/rg "$RG_BIN_DIR/rg"
fi

log "ready: $(node "$DEST/node_modules/code-server/out/node/entry.js" --version | head -n1) + $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
log "total $(elapsed "$T_START") s"
