#!/usr/bin/env bash
# The start-page benchmark: a throw-away embedded PostgreSQL with a firm of 100,000 clients (or CLIENTS) over 200 RMs in
# 20 teams, 300,000 pieces of property and 1,000,000 ledger entries; times every role's start page and the reports
# over HTTP. Figures: stdout and target/bench/start-pages.txt.
#   bench/start-pages.sh [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test -Dtest=StartPagesBenchmark -Dbench.clients="${1:-100000}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/start-pages.txt
