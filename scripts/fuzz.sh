#!/usr/bin/env bash
# Runs every Go fuzz test of the repository for a short time each (make test-fuzz, part of make
# test). FUZZTIME is the time each fuzzer fuzzes; MINTIME bounds the minimisation of a new
# interesting input, so minimising never eats the fuzzing time. A failure leaves the failing input
# under the package's testdata/fuzz/ (commit it: it becomes a regression test) and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZTIME="${FUZZTIME:-15s}"
MINTIME="${MINTIME:-5s}"
failed=0
count=0
while IFS=: read -r file name; do
  pkg="$(dirname "$file")"
  count=$((count + 1))
  echo "fuzz: $pkg $name ($FUZZTIME)"
  log="/tmp/sellerdesk-fuzz-$name.log"
  if ! go test -run='^$' -fuzz="^${name}\$" -fuzztime="$FUZZTIME" -fuzzminimizetime="$MINTIME" "$pkg" >"$log" 2>&1; then
    # The fuzzing engine sometimes ends a run at its deadline with "context deadline exceeded"
    # while a worker is busy; that is not a finding (a finding always writes its failing input).
    if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log" && ! grep -q '^    --- FAIL' "$log"; then
      echo "note: $name stopped at its deadline while a worker was busy (no failing input)"
      continue
    fi
    echo "FAIL fuzz $pkg $name"
    tail -30 "$log"
    failed=1
  fi
done < <(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . | sed 's/func //' | grep -v '^./frontend/' | sort)
[ "$count" -gt 0 ] || { echo "no fuzz tests found"; exit 1; }
echo "fuzz: $count fuzzers ran"
exit "$failed"
