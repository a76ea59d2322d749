#!/usr/bin/env bash
# Runs the secrets package's test against a real OS credential store (make test-keyring, part of
# make test): a private D-Bus session with a GNOME keyring (the Secret Service) unlocked by a
# throw-away password, in a throw-away data home, so the seller's own keyring is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v gnome-keyring-daemon >/dev/null || { echo "keyring test: gnome-keyring is not installed (make setup installs it)"; exit 1; }
command -v dbus-run-session >/dev/null || { echo "keyring test: dbus-run-session is not installed (make setup installs it)"; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# gnome-keyring-daemon --unlock reads the login keyring's password on stdin and creates the
# keyring when there is none; the session ends (and the daemon with it) when the test does.
dbus-run-session -- sh -c '
  printf "sellerdesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  SELLERDESK_OS_KEYRING=1 go test -count=1 -run "^TestOSKeyringRealStore$" -v ./backend/secrets
' 2> >(grep -v "Failed to set fd limit" >&2)
