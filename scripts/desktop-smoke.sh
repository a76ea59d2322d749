#!/usr/bin/env bash
# Desktop smoke test: start the real SellerDesk window under Xvfb (a 1366×768 laptop screen) on a
# fresh data folder, take a screenshot, and fail unless the window drew something (not blank), fits
# the screen, and the process stayed up; then double-click again on the same data folder: the
# second launch must show a Korean "already running" notice (not a blank window) and leave the
# first one running. Last, the data file is cut short with a backup beside it: the launch must
# show the Korean "cannot open" notice whose "최근 백업으로 복원" button (pressed with the keyboard)
# restores the backup and opens the window on the restored folder.
#   scripts/desktop-smoke.sh BINARY OUT.png
set -euo pipefail
bin=$(realpath "$1")
out=$2
tmp=$(mktemp -d)
trap 'kill "${app_pid:-}" "${reopened_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

# Xvfb picks a free display itself and writes its number when it is ready (-displayfd): a display
# number chosen here could be another server's, which may go away in the middle of this test.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$tmp/display" >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -s "$tmp/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { echo "desktop smoke: Xvfb did not start"; cat "$tmp/xvfb.log"; exit 1; }
  sleep 0.1
done
[ -s "$tmp/display" ] || { echo "desktop smoke: Xvfb gave no display"; cat "$tmp/xvfb.log"; exit 1; }
display=:$(head -n1 "$tmp/display")
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

# The window fits the screen: not above its top (it sat at y = -16 on 1366×768), not below it.
geo=$(xwininfo -display "$display" -root -tree | grep '"셀러데스크 SellerDesk"' | head -1 | grep -o '[0-9]*x[0-9]*[+-][0-9-]*[+-][0-9-]*' | head -1)
[ -n "$geo" ] || { echo "desktop smoke: no SellerDesk window found"; xwininfo -display "$display" -root -tree; exit 1; }
read -r w h x y < <(echo "$geo" | sed 's/[x+]/ /g')
echo "desktop smoke: window ${w}x${h} at ${x},${y} on 1366x768"
if [ "$y" -lt 0 ] || [ $((y + h)) -gt 768 ] || [ "$x" -lt 0 ] || [ $((x + w)) -gt 1366 ]; then
  echo "desktop smoke: the window does not fit the screen"; exit 1
fi

# A second launch on the same data folder: a Korean notice, quickly, and the first window stays.
start=$(date +%s%N)
DISPLAY=$display WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 \
  "$bin" --data-dir "$tmp/data" >"$tmp/second.log" 2>&1 &
second_pid=$!
found=""
for _ in $(seq 100); do
  if xwininfo -display "$display" -root -tree | grep -q '"셀러데스크 — 이미 실행 중"'; then found=1; break; fi
  kill -0 "$second_pid" 2>/dev/null || break
  sleep 0.1
done
ms=$(( ($(date +%s%N) - start) / 1000000 ))
kill "$second_pid" 2>/dev/null || true
[ -n "$found" ] || { echo "desktop smoke: the second launch showed no notice"; cat "$tmp/second.log"; exit 1; }
echo "desktop smoke: second launch showed the already-running notice after ${ms} ms"
kill -0 "$app_pid" 2>/dev/null || { echo "desktop smoke: the first window went away"; exit 1; }

# A damaged data file: the notice offers the newest backup, and its button restores it.
kill "$app_pid"
for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
kill -9 "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
mkdir -p "$tmp/data/backups"
cp "$tmp/data/sellerdesk.db" "$tmp/data/backups/sellerdesk-20261201-090000.sdbackup"
truncate -s 8192 "$tmp/data/sellerdesk.db"   # a copy that stopped midway
DISPLAY=$display WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1 \
  "$bin" --data-dir "$tmp/data" >"$tmp/damaged.log" 2>&1 &
app_pid=$!
wid=""
for _ in $(seq 100); do
  wid=$(DISPLAY=$display xdotool search --name "셀러데스크 — 열 수 없음" 2>/dev/null | head -1 || true)
  [ -n "$wid" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$wid" ] || {
  echo "desktop smoke: a damaged data file showed no notice"; cat "$tmp/damaged.log"
  kill -0 "$xvfb_pid" 2>/dev/null || { echo "desktop smoke: (Xvfb on $display had gone)"; cat "$tmp/xvfb.log"; }
  exit 1
}
sleep 1.5   # the page and its autofocused button
import -display "$display" -window root "$tmp/notice.png"
# Xvfb has no window manager: give the notice the keyboard focus, then press Enter on its
# autofocused button.
DISPLAY=$display xdotool windowfocus --sync "$wid" 2>/dev/null || true
DISPLAY=$display xdotool key Return
reopened=""
for _ in $(seq 150); do
  if xwininfo -display "$display" -root -tree | grep -q '"셀러데스크 SellerDesk"'; then reopened=1; break; fi
  sleep 0.2
done
reopened_pid=$(grep -o 'restored data folder" pid=[0-9]*' "$tmp/data/sellerdesk.log" | tail -1 | grep -o '[0-9]*$' || true)
[ -n "$reopened" ] || { echo "desktop smoke: no window after the restore"; cat "$tmp/damaged.log"; tail -20 "$tmp/data/sellerdesk.log"; exit 1; }
ls "$tmp/data"/sellerdesk-*.db.bak >/dev/null || { echo "desktop smoke: the damaged file was not kept"; exit 1; }
echo "desktop smoke: the damaged data file's notice restored the backup and the window opened (pid ${reopened_pid:-?})"
echo "desktop smoke: ok"
