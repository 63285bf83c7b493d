#!/usr/bin/env bash
# The audit benchmark: fills a throw-away embedded PostgreSQL with audit events (default 2,000,000), seals and
# verifies the chain, and times the filtered audit list over HTTP. Figures: stdout and target/bench/audit.txt.
#   bench/audit.sh [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test -Dtest=AuditBenchmark -Dbench.events="${1:-2000000}" -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/audit.txt
