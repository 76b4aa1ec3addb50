#!/usr/bin/env bash
# Installs what the offline editor and hook tests need on a fresh Debian 12 machine, using only Debian
# packages and the npm registry (no GitHub, no VS Code download):
#   - Debian Chromium (driven by playwright-core; never `npx playwright install`),
#   - the pre-commit framework (Debian package), for the test of .pre-commit-hooks.yaml,
#   - the build packages code-server's native modules need, ripgrep, fonts,
#   - code-server 4.96.4 (VS Code 1.96.4, the last release for Node 20), cached outside the
#     repository under $NEWSLINT_E2E_CACHE (default ~/.cache/newslint-e2e), keyed by version.
# Idempotent: a second run only checks. Exits non-zero (loudly) when something cannot be installed.
# Prints nothing else on stdout than progress; the code-server path is written to
#   $NEWSLINT_E2E_CACHE/code-server-<version>/bin-path
set -euo pipefail

CS_VERSION=4.96.4
CACHE=${NEWSLINT_E2E_CACHE:-$HOME/.cache/newslint-e2e}
DEST="$CACHE/code-server-$CS_VERSION"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
say() { echo "[e2e install] $*"; }
die() { echo "[e2e install] ERROR: $*" >&2; exit 1; }

# --- 1. Debian packages --------------------------------------------------------------------
APT_PKGS=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium fonts-liberation pre-commit)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to apt-get install ${missing[*]}"
    SUDO="sudo -n"
  fi
  command -v apt-get >/dev/null || die "apt-get not found; install ${missing[*]} by hand"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q || die "apt-get update failed"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" || die "apt-get install ${missing[*]} failed"
fi
[ -x "$CHROMIUM" ] || die "Chromium not found at $CHROMIUM"
command -v rg >/dev/null || die "ripgrep (rg) not found"
command -v pre-commit >/dev/null || die "pre-commit not found"

# --- 2. code-server ------------------------------------------------------------------------
CS_BIN="$DEST/node_modules/.bin/code-server"
if [ -f "$DEST/.installed" ] && [ -x "$CS_BIN" ]; then
  say "code-server $CS_VERSION cached in $DEST"
else
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" = 20 ] || die "code-server $CS_VERSION needs Node 20 (found $(node -v))"
  # node-gyp must use local Node headers instead of downloading them.
  NODEDIR=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
  [ -f "$NODEDIR/include/node/node.h" ] || die "no Node headers under $NODEDIR/include/node"
  export npm_config_nodedir="$NODEDIR"

  # @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache holds the tarball:
  # seed that cache with Debian's rg.
  RGCACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.9"
  RGTGZ="$RGCACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
  mkdir -p "$RGCACHE"
  if [ ! -f "$RGTGZ" ]; then
    tmp=$(mktemp -d); cp "$(command -v rg)" "$tmp/rg"; tar czf "$RGTGZ" -C "$tmp" rg; rm -rf "$tmp"
  fi

  say "installing code-server $CS_VERSION into $DEST (about 2 minutes, 340 MB)"
  # installed in place (native builds may remember their path); the .installed marker is written
  # last, so an interrupted install is redone from scratch next time.
  rm -rf "$DEST"; mkdir -p "$DEST"
  (
    cd "$DEST"
    echo '{"name":"newslint-code-server-host","private":true}' > package.json
    # fetch without scripts (a failing script would make npm roll everything back)
    npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION"
    # lib/vscode pins @vscode/proxy-agent to a GitHub URL; the registry tarball has the same checksum.
    SW=node_modules/code-server/lib/vscode/npm-shrinkwrap.json
    sed -i 's#"resolved": "git+ssh://git@github.com/microsoft/vscode-proxy-agent.git\#0803e0a7d1249bcb64ae9d256d0ee732b7246ea5"#"resolved": "https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz"#' "$SW"
    grep -q 'proxy-agent-0.27.0.tgz' "$SW"
    # now the install scripts: argon2, code-server's postinstall (lib/vscode deps, native modules)
    npm_config_unsafe_perm=true npm rebuild --foreground-scripts --loglevel=error
  ) || die "code-server $CS_VERSION install failed (see output above)"
  [ -x "$DEST/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] || die "code-server install has no ripgrep"
  touch "$DEST/.installed"
fi
"$CS_BIN" --config /dev/null --version >/dev/null 2>&1 || die "code-server at $CS_BIN does not run"
echo "$CS_BIN" > "$DEST/bin-path"
say "ready: chromium $("$CHROMIUM" --version 2>/dev/null | head -1 | awk '{print $2}'), code-server $("$CS_BIN" --config /dev/null --version 2>/dev/null | head -1 | awk '{print $1}')"
