#!/bin/sh
# The documentation screenshots (docs/screenshots, 1280×800): the board, the drawer, 알림, 출력
# and a printed courier sheet, taken by the browser tests of frontend/e2e/tests/trust.mjs on the
# 2,000 generated shipments of the browser tests' seeded phase.
#   scripts/screenshots.sh            (builds first; needs chromium, pdftoppm as `make test-browser`)
set -eu
cd "$(dirname "$0")/.."
make build
out="$(pwd)/docs/screenshots"
mkdir -p "$out"
cd frontend
SELLERDESK_BIN=../build/bin/sellerdesk DOC_SHOTS="$out" E2E_PHASES=seeded E2E_ONLY='^trust: screenshots' npm run e2e
ls -l "$out"
