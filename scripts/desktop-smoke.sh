#!/usr/bin/env bash
# Desktop smoke test: start the real SellerDesk window under Xvfb on a fresh data folder, take a
# screenshot, and fail unless the window drew something (not blank) and the process stayed up.
#   scripts/desktop-smoke.sh BINARY OUT.png
set -euo pipefail
bin=$(realpath "$1")
out=$2
tmp=$(mktemp -d)
trap 'kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

# Software rendering: Xvfb has no GPU.
DISPLAY=$display WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 \
  "$bin" --data-dir "$tmp/data" >"$tmp/app.log" 2>&1 &
app_pid=$!

# Wait until the page has painted: the screenshot's colour spread stops being flat.
for _ in $(seq 60); do
  sleep 0.5
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "desktop smoke: SellerDesk exited early"; cat "$tmp/app.log"; exit 1
  fi
  import -display "$display" -window root "$tmp/shot.png" 2>/dev/null || continue
  colours=$(convert "$tmp/shot.png" -format '%k' info:)
  if [ "$colours" -gt 200 ]; then sleep 1.5; break; fi
done
import -display "$display" -window root "$out"
colours=$(convert "$out" -format '%k' info:)
echo "desktop smoke: screenshot $out has $colours colours"
if [ "$colours" -le 200 ]; then
  echo "desktop smoke: the window looks blank"; cat "$tmp/app.log"; exit 1
fi
[ -s "$tmp/data/sellerdesk.db" ] || { echo "desktop smoke: no store file in the data folder"; exit 1; }
mode=$(stat -c %a "$tmp/data/sellerdesk.db")
[ "$mode" = 600 ] || { echo "desktop smoke: store file mode $mode, want 600"; exit 1; }
echo "desktop smoke: ok"
