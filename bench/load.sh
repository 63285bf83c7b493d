#!/usr/bin/env bash
# The load benchmark (issue 10; docs/performance.md). For a firm of 1,000 clients and one of CLIENTS (default 100,000):
# generates the data once into target/bench/firm-N (FirmGenerator: clients, property, ledger, complaints, assessments
# and a sealed audit trail), starts Custodia on that embedded PostgreSQL with a 512 MB heap, times the start-up to a
# ready health check (as a plain java -jar, and extracted with a class data sharing archive as docs/operations.md
# recommends, bench/cds-archive.sh, which then serves the load), signs in the users the pages need, and runs wrk
# (Debian's package) with 32 connections against each page in turn: requests/s, p50/p95/p99, errors, and throughput
# as a ratio to the sign-in page. A firm's Custodia is paused (SIGSTOP) while the next firm's runs, and both resume at
# the end: the client list at each size in turn, five times, for the growth line. This machine's speed drifts by half
# within minutes, so only throughputs measured side by side compare. Figures: stdout and target/bench/load.txt.
#   bench/load.sh [CLIENTS]
# Settings for a quicker look: BENCH_DURATION=20s (per page), BENCH_PAGES="client-list audit-list" (default: all),
# BENCH_SCALES="1000 100000" (default: 1000 and CLIENTS; the growth line needs both), BENCH_FRESH=1 (generate again),
# BENCH_COLD=1 (skip the JIT warm-up, as runs before 2026-11-23's last did), BENCH_GROWTH_ROUNDS=5 (growth pairs).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-100000}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=32
FIRST_PORT=${BENCH_PORT:-18080}
OUT=target/bench/load.txt
command -v wrk > /dev/null || { echo "bench/load.sh needs wrk: apt-get install wrk" >&2; exit 1; }
command -v jstat > /dev/null || { echo "bench/load.sh needs the JDK's jstat and jcmd" >&2; exit 1; }

./mvnw -q -B -DskipTests package
JAR=$(ls target/custodia-*.jar | grep -v '\.original$' | head -1)
mkdir -p target/bench
APP_JAR=$(bash bench/cds-archive.sh "$JAR" target/bench/cds)
: > "$OUT"
say() { echo "$*" | tee -a "$OUT"; }
calc() { awk "BEGIN { print $* }"; }
holds() { awk "BEGIN { exit !($*) }"; }

generate() {
	local dir=target/bench/firm-$1
	if [[ -n "${BENCH_FRESH:-}" || ! -f $dir/paths.tsv ]]; then
		rm -rf "$dir" && mkdir -p "$dir"
		./mvnw -q -B -Pbench test -Dtest=FirmGenerator -Dbench.clients="$1" -Dbench.dir="$PWD/$dir" \
			-Dsurefire.failIfNoSpecifiedTests=false > "$dir/generate.log" 2>&1 || { tail -50 "$dir/generate.log"; exit 1; }
	fi
	say "$(cat "$dir/generated.txt")"
}

# The Custodias started, one per firm on its own port, and each firm's address (BASES[clients]); all run until the
# growth pairs are done. A paused one must be resumed to take its SIGTERM.
APPS=()
declare -A BASES
APP=
PORT=
BASE=
stop_app() { kill -CONT "$1" 2> /dev/null || true; kill "$1" 2> /dev/null || true; wait "$1" 2> /dev/null || true; }
stop_apps() { local app; for app in "${APPS[@]}"; do stop_app "$app"; done; }
trap stop_apps EXIT

# Starts Custodia (java's arguments after the heap's) on the firm in $1 as APP; STARTUP: seconds to a ready health
# check.
STARTUP=
launch() {
	local dir=$1 t0 t1
	shift
	t0=$(date +%s.%N)
	java -Xms512m -Xmx512m -Xlog:gc:file="$dir/gc.log" -XX:+ExitOnOutOfMemoryError "$@" --server.port="$PORT" \
		--custodia.embedded-database.data-directory="$PWD/$dir/postgres" > "$dir/app.log" 2>&1 &
	APP=$!
	until curl -sf "$BASE/actuator/health" 2> /dev/null | grep -q '"UP"'; do
		kill -0 "$APP" 2> /dev/null || { tail -40 "$dir/app.log" >&2; echo "Custodia did not start" >&2; exit 1; }
		sleep 0.1
	done
	t1=$(date +%s.%N)
	STARTUP=$(calc "$t1 - $t0")
}

# Times a start as a plain java -jar, stops it, then starts Custodia extracted with its CDS archive for the load.
start_app() {
	local dir=$1 plain cds
	launch "$dir" -jar "$JAR"
	plain=$STARTUP
	stop_app "$APP"
	launch "$dir" -XX:SharedArchiveFile="$PWD/target/bench/cds/app.jsa" -jar "$APP_JAR"
	cds=$STARTUP
	APPS+=("$APP")
	say "$(printf 'start-up to a ready health check: %.1f s extracted with its CDS archive (target < 15 s); %.1f s as a %s' \
		"$cds" "$plain" 'plain java -jar')"
}

# Signs each user of paths.tsv in (one session each; the generated users have the tests' password, TestAccounts) and writes one file per page: cookie<TAB>path.
sign_in() {
	local dir=$1 user jar csrf
	rm -rf "$dir/pages" "$dir/cookies" && mkdir -p "$dir/pages" "$dir/cookies"
	for user in $(cut -f2 "$dir/paths.tsv" | sort -u | grep -v '^-$'); do
		jar=$dir/cookies/$user
		csrf=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
		curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=Test-Password-1&_csrf=$csrf" "$BASE/login"
		echo "$user JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
	done > "$dir/sessions"
	awk -F'\t' -v dir="$dir/pages" 'NR == FNR { split($0, s, " "); cookie[s[1]] = s[2]; next }
		{ c = ($2 == "-") ? "-" : cookie[$2]; print c "\t" $3 > (dir "/" $1 ".tsv") }' "$dir/sessions" "$dir/paths.tsv"
}

# Waits (up to 60 s) until Custodia answers its health check within 50 ms twice running: requests a slow page left
# queued when wrk stopped must not be counted against the next page.
settle() {
	local quick=0 i time
	for i in $(seq 1 600); do
		time=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/actuator/health" || echo 1)
		if holds "$time < 0.05"; then quick=$((quick + 1)); else quick=0; fi
		[[ $quick -ge 2 ]] && return
		sleep 0.1
	done
}

# Warms the JIT up before anything is measured: rounds of 20 s over every page's URLs at once, until a round leaves
# fewer than 100 new compilations (jstat) and the compile queue empty (jcmd), or 15 rounds. On 2 cores the JIT's single
# C2 thread needs minutes after start-up (about 200 s of compile time), and until it is through, the pages measured
# first run partly in the first tiers: the client list measured 160 req/s 5 s after the first request and 454 req/s
# once the compiler was done (docs/performance.md). A firm's server runs warm all day; this measures that state.
warm_up() {
	local dir=$1 round before after queued t0
	t0=$(date +%s)
	cat "$dir"/pages/*.tsv | grep -v '	/login$' > "$dir/warm-up.tsv"
	for round in $(seq 1 15); do
		before=$(jit 1)
		wrk -t2 -c$CONNECTIONS -d20s -s bench/load/walk.lua "$BASE" -- "$dir/warm-up.tsv" > /dev/null
		settle
		after=$(jit 1)
		queued=$(jcmd "$APP" Compiler.queue | grep -c '^ *[0-9]' || true)
		[[ $((after - before)) -lt 100 && $queued -eq 0 ]] && break
	done
	say "JIT warm-up: $((round * 20)) s of load over every page ($(($(date +%s) - t0)) s in all), $after methods compiled in $(jit 4) s of compile time, $((after - before)) in the last round"
}

# One column of the JIT's figures (jstat -compiler): 1 methods compiled, 4 seconds spent compiling.
jit() { jstat -compiler "$APP" | awk -v column="$1" 'NR == 2 {print $column}'; }

# One page under load at $BASE: a 5 s warm-up, then DURATION measured. Prints: page req/s p50 p95 p99 max errors.
load() {
	local file=$1 page result
	page=$(basename "$file" .tsv)
	settle
	wrk -t2 -c$CONNECTIONS -d5s -s bench/load/walk.lua "$BASE" -- "$file" > /dev/null
	settle
	result=$(wrk -t2 -c$CONNECTIONS -d"$DURATION" -s bench/load/walk.lua "$BASE" -- "$file" | grep '^RESULT')
	read -r _ requests rps p50 p95 p99 max bad socket <<< "$result"
	echo "$page $rps $p50 $p95 $p99 $max $((bad + socket)) $requests"
}

target_of() {
	case $1 in
		login) echo "-" ;;
		client-list | client-archive | property | property-tab | statement) echo 100 ;;
		audit-list) echo 150 ;;
		start-*) echo 300 ;;
	esac
}

run_scale() {
	local clients=$1 dir=target/bench/firm-$1 login_rps=
	# The firm before waits, paused, so that its compiler and schedules take nothing from this one.
	local app
	for app in "${APPS[@]}"; do kill -STOP "$app"; done
	PORT=$((FIRST_PORT + ${#APPS[@]}))
	BASE="http://127.0.0.1:$PORT"
	BASES[$clients]=$BASE
	say ""
	say "== $clients clients =="
	generate "$clients"
	start_app "$dir"
	sign_in "$dir"
	[[ -n "${BENCH_COLD:-}" ]] || warm_up "$dir"
	say "$(printf '%-18s %9s %8s %8s %8s %8s %7s %8s %10s %s' page 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' 'max ms' errors 'vs login' 'p95 target' '')"
	for page in login ${BENCH_PAGES:-client-list client-archive property-tab property statement audit-list start-rm \
		start-lead start-finance start-risk start-compliance start-auditor start-admin start-service}; do
		[[ -f $dir/pages/$page.tsv ]] || continue
		read -r name rps p50 p95 p99 max errors requests <<< "$(load "$dir/pages/$page.tsv")"
		[[ $page == login ]] && login_rps=$rps
		local target ratio verdict=ok
		target=$(target_of "$page")
		ratio=$(calc "int(100 * $rps / $login_rps + 0.5) / 100")
		if [[ $errors != 0 ]]; then verdict="ERRORS"; fi
		if [[ $target != "-" ]] && holds "$p95 >= $target"; then verdict="MISSED p95"; fi
		if [[ $page != login && $page != start-* ]] && holds "$ratio < 0.5"; then verdict="$verdict, MISSED ratio"; fi
		[[ $page == client-list ]] && echo "$rps" > "$dir/client-list.rps"
		say "$(printf '%-18s %9s %8s %8s %8s %8s %7s %8s %10s %s' "$page" "$rps" "$p50" "$p95" "$p99" "$max" "$errors" "$ratio" "$target" "$verdict")"
	done
	local peak
	peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$dir/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
	say "heap: -Xmx512m; largest heap in use before a collection: ${peak:-?} MB; $(grep -c 'Pause' "$dir/gc.log") collections; $(grep -ci 'OutOfMemory' "$dir/app.log" || true) out-of-memory errors"
}

say "bench/load.sh on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), $(date -u +%FT%TZ)"
say "wrk: $CONNECTIONS connections, 2 threads; after the JIT warm-up, a 5 s warm-up then $DURATION per page, on the same machine as Custodia and PostgreSQL"
SCALES=${BENCH_SCALES:-1000 $CLIENTS}
rm -f target/bench/firm-*/client-list.rps
for scale in $SCALES; do
	run_scale "$scale"
done
if [[ -f target/bench/firm-1000/client-list.rps && -f target/bench/firm-$CLIENTS/client-list.rps ]]; then
	small=$(cat target/bench/firm-1000/client-list.rps)
	large=$(cat "target/bench/firm-$CLIENTS/client-list.rps")
	say ""
	say "growth, from the runs above (minutes apart): client list at $CLIENTS clients $large req/s," \
		"at 1000 clients $small req/s: $(calc "int(100 * $large / $small)")%"
	# Side by side: the larger firm's list, then the smaller's, each pair within a minute; the median pair counts.
	say "growth, side by side (client list at $CLIENTS clients against 1000, $DURATION each, in turn):"
	# Both resumed and signed in afresh: the smaller firm's sessions have idled through the larger firm's run.
	for app in "${APPS[@]}"; do kill -CONT "$app"; done
	for scale in $CLIENTS 1000; do
		BASE=${BASES[$scale]}
		sign_in "target/bench/firm-$scale"
	done
	ratios=()
	for round in $(seq 1 "${BENCH_GROWTH_ROUNDS:-5}"); do
		BASE=${BASES[$CLIENTS]}
		read -r _ large _ <<< "$(load "target/bench/firm-$CLIENTS/pages/client-list.tsv")"
		BASE=${BASES[1000]}
		read -r _ small _ <<< "$(load target/bench/firm-1000/pages/client-list.tsv)"
		ratios+=("$(calc "int(1000 * $large / $small + 0.5) / 10")")
		say "  round $round: $large against $small req/s: ${ratios[-1]}%"
	done
	median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
	say "growth: ${median}% (the median pair; target >= 90%)"
fi
