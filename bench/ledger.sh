#!/usr/bin/env bash
# The ledger benchmark: a throw-away embedded PostgreSQL with one property of 100,000 entries (or ENTRIES) and a
# client with 200 pieces of property; times the property page, the property tab and one-year statements (screen and
# PDF) over HTTP. Figures: stdout and target/bench/ledger.txt.
#   bench/ledger.sh [ENTRIES]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test -Dtest=LedgerBenchmark -Dbench.entries="${1:-100000}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/ledger.txt
