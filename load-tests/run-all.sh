#!/usr/bin/env bash
# Every goal of issue 14 ("speed on one machine"), measured in one go on this machine, and printed as one
# table: figure | goal | measured (median, min-max over the runs) | met | of goal | ceiling | of ceiling.
# See load-tests/README.md ("All goals in one command") and docs/decisions/0063-gatling-benchmarks-and-one-table.md.
#
# It starts the packaged app (api/target/api-*.jar) with the embedded default (PostgreSQL with fsync on, tokens
# checked) and the JVM flags below, times each start until /actuator/health answers UP (also with a class-data
# sharing archive, scripts/cds-archive.sh), then measures, RUNS
# times each: pgbench and a no-op WebFlux route (the ceilings), checkout (with the app's RSS), add-to-cart,
# read-your-writes (Gatling simulations, each with its HTML report), the replay of a read model (the
# hand-written generator), and search with its reindex when the app can reach Elasticsearch (SEARCH=on).
# Everything goes to load-tests/target/benchmarks; the table also to table.txt there.
#
# Settings (environment): RUNS (3), DURATION and WARMUP (seconds measured and warmed up per run: 30 and 10),
# REPLAY_EVENTS (events the replayed store holds: 100000), PGBENCH_SECONDS (20), PORT (18080), PG_PORT
# (15480), APP_JVM_FLAGS, SEARCH (off; on: the app gets Elasticsearch from data/servers/servers.env, see
# scripts/servers.sh start), MAVEN_OFFLINE (1 adds -o to Maven), ONLY (all; search: only the search and its
# reindex, on one start of the app, with SEARCH=on; e.g. after SERVERS=elasticsearch scripts/servers.sh start),
# APP_ARGS (more arguments for the app, e.g. --commerce.search.bulk-size=500 to compare a setting), SEARCH_ALIAS
# (products: the app's commerce.search.alias, whose searches Elasticsearch counts for the cost per search),
# SEARCH_WARMUP (60: seconds of searching, not measured, before the first measured search run; see below),
# CHECKOUT_WARMUP (240: seconds of checkouts, not measured, before the first measured checkout run; see below),
# REPLAY_WARMUP (4: replays, not measured, before the first measured replay; see below).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
REPLAY_EVENTS=${REPLAY_EVENTS:-100000}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-20}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-15480}
SEARCH=${SEARCH:-off}
SEARCH_ALIAS=${SEARCH_ALIAS:-products}
SEARCH_WARMUP=${SEARCH_WARMUP:-60}
CHECKOUT_WARMUP=${CHECKOUT_WARMUP:-240}
REPLAY_WARMUP=${REPLAY_WARMUP:-4}
ONLY=${ONLY:-all}
case "$ONLY" in
    all) ;;
    search) SEARCH=on ;;
    *) echo "ONLY takes all or search" >&2; exit 2 ;;
esac
# A small, fixed heap and the serial collector: the app shares 2 cores with its PostgreSQL and the generator,
# and the memory goal is about the whole process (heap, metaspace, code cache, threads, direct buffers). 192 MB
# holds the 64 MB live after a full collection with room. The native heap is handed back to the system every
# 2 s (what the compilers and threads freed, which glibc keeps otherwise), where the JVM has the flag (a product
# flag in this machine's 17.0.15). ADR 0105.
if [[ -z "${APP_JVM_FLAGS:-}" ]]; then
    APP_JVM_FLAGS="-Xms192m -Xmx192m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m -XX:MaxDirectMemorySize=64m -XX:+UseSerialGC -Xss512k"
    if java -XX:TrimNativeHeapInterval=2000 -version > /dev/null 2>&1; then
        APP_JVM_FLAGS="$APP_JVM_FLAGS -XX:TrimNativeHeapInterval=2000"
    fi
fi

OUT=load-tests/target/benchmarks
# The app's PostgreSQL data: fresh each run, except with ONLY=search, where it is kept (beside the benchmarks'
# folder) so that the 10 000 products are seeded once.
PG_DATA=$PWD/$OUT/app/pg
if [[ "$ONLY" == search ]]; then
    PG_DATA=$PWD/load-tests/target/search-data/pg
    mkdir -p "$(dirname "$PG_DATA")"
fi
BASE=http://127.0.0.1:$PORT
MVN=(./mvnw -B -q ${MAVEN_OFFLINE:+-o})
JAR=$(ls api/target/api-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
    echo "No api/target/api-*.jar: build it first with ./mvnw -pl api -am package -DskipTests" >&2
    exit 1
fi
for number in "$RUNS" "$DURATION" "$WARMUP" "$REPLAY_EVENTS" "$PGBENCH_SECONDS" "$SEARCH_WARMUP" "$CHECKOUT_WARMUP"; do
    [[ "$number" =~ ^[0-9]+$ ]] || { echo "RUNS, DURATION, WARMUP, REPLAY_EVENTS, PGBENCH_SECONDS, SEARCH_WARMUP, CHECKOUT_WARMUP take whole numbers" >&2; exit 2; }
done

rm -rf "$OUT"
mkdir -p "$OUT/app" "$OUT/runs"
FIGURES=$OUT/figures.tsv
: > "$FIGURES"
figure() { printf '%s\n' "$(IFS=$'\t'; echo "$*")" >> "$FIGURES"; }

echo "Compiling load-tests"
"${MVN[@]}" -pl load-tests test-compile dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile=target/benchmarks/classpath.txt
CLASSPATH_GENERATOR=load-tests/target/classes:$(cat "$OUT/classpath.txt")

APP_PID=
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}
trap stop_app EXIT

# With SEARCH=on, gives what runs next the app's Elasticsearch: Elasticsearch alone, because the servers' other
# settings (Keycloak's issuer above all) would turn off the development issuer that the simulations sign in through.
with_search_if_on() {
    if [[ "$SEARCH" == on ]]; then
        SPRING_ELASTICSEARCH_URIS=$(source data/servers/servers.env && echo "$SPRING_ELASTICSEARCH_URIS")
        export SPRING_ELASTICSEARCH_URIS
    fi
}

# Starts the app and records the seconds from launching the JVM until /actuator/health answered UP; with a
# second argument "cds", from the extracted jar with scripts/cds-archive.sh's archive (ADR 0071).
start_app() {
    local log=$OUT/app/app-$1${2:+-$2}.log started jar=$JAR jvm_flags=$APP_JVM_FLAGS figure_name=app.start-seconds
    if [[ "${2:-}" == cds ]]; then
        jar=api/target/cds/$(basename "$JAR")
        # Absolute, and -Xshare:on: the app starts in its own folder, and a JVM that cannot use the archive would
        # otherwise start without it and say nothing.
        jvm_flags="$APP_JVM_FLAGS -Xshare:on -XX:SharedArchiveFile=$PWD/api/target/cds/app.jsa"
        figure_name=app.start-cds-seconds
    fi
    # Another app on the port would answer the health check for this one, and be measured in its place.
    if curl -sf -o /dev/null "$BASE/actuator/health"; then
        echo "Something already answers on $BASE (another app?): stop it, or choose PORT and PG_PORT" >&2
        exit 1
    fi
    (
        with_search_if_on
        cd "$OUT/app"
        # shellcheck disable=SC2086 # the flags are words
        exec java $jvm_flags -jar "$OLDPWD/$jar" --server.port="$PORT" \
            --commerce.embedded-postgres.data-directory="$PG_DATA" --commerce.embedded-postgres.port="$PG_PORT" \
            --commerce.embedded-postgres.durable=true --commerce.rate-limits.enabled=false ${APP_ARGS:-}
    ) > "$log" 2>&1 &
    APP_PID=$!
    started=$(date +%s.%N)
    for _ in $(seq 1 1800); do
        if curl -sf -o /dev/null "$BASE/actuator/health"; then
            figure value "$figure_name" "$(awk -v now="$(date +%s.%N)" -v then="$started" 'BEGIN {print now - then}')"
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped while starting; see $log" >&2; exit 1; }
        sleep 0.1
    done
    echo "The app was not healthy after 180 s; see $log" >&2
    exit 1
}

# One Gatling simulation: its HTML report goes to runs/<name>-<run>/, its console to runs/<name>-<run>.log,
# its own figures (Gatling's CPU, the checkout's confirmations) to runs/<name>-<run>.properties.
gatling() {
    local name=$1 class=$2 run=$3 dir jit_before started
    dir=$OUT/runs/$name-$run
    echo "  $name, run $run of $RUNS"
    jit_before=$(jit_seconds)
    started=$(date +%s.%N)
    if ! "${MVN[@]}" -pl load-tests gatling:test -Dgatling.simulationClass="io.ultramarket.commerce.load.$class" \
            -Dbase.url="$BASE" -Dwarmup="${WARMUP}s" -Dduration="${DURATION}s" \
            -Dfigures.out="$PWD/$dir.properties" > "$dir.log" 2>&1; then
        figure note "$name run $run did not finish; see ${dir#"$OUT"/}.log"
        return 0
    fi
    jit_share "$name" "$jit_before" "$(jit_seconds)" "$started"
    # The plugin always writes to target/gatling (its resultsFolder cannot be set): take the newest report.
    mkdir -p "$dir"
    mv "$(ls -td load-tests/target/gatling/"${class,,}"-*/ | head -1)" "$dir/"
    figure gatling "$name" "$(ls -d "$dir"/*/ | head -1 | sed "s|^$OUT/||")" "$DURATION"
    figure simulation "$name" "runs/$name-$run.properties"
}

# The seconds the app's JIT compilers have spent compiling since it started (jstat -compiler's Time, summed over the
# compiler threads, read from the JVM's performance counters without stopping it); empty where jstat cannot tell.
jit_seconds() {
    jstat -compiler "$APP_PID" 2>/dev/null | awk 'NR == 2 {print $4}' || true
}

# The JIT compilers' seconds of compiling per second of a run ($1: the simulation; $2 and $3: jit_seconds before and
# after; $4: when the run started). Near 0 once the path the benchmark takes is compiled; near 1 while a compiler
# thread is busy all the time, taking CPU from the app on these 2 cores (ADR 0116).
jit_share() {
    if [[ -n "$2" && -n "$3" ]]; then
        per_unit "jit-share.$1" "$2" "$3" "$(awk -v t0="$4" -v t1="$(date +%s.%N)" 'BEGIN {print t1 - t0}')" 1
    fi
}

# The app's resident memory, sampled while a run goes on; the highest sample in MB.
sample_rss() {
    local peak=0 rss
    while kill -0 "$APP_PID" 2>/dev/null; do
        rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
        if (( rss > peak )); then
            peak=$rss
        fi
        # Replaced whole, never truncated in place: the sampler is killed at any moment.
        echo "$peak" > "$1.next" && mv "$1.next" "$1"
        sleep 0.5
    done
}

# CPU seconds (user and system) of a process and of the children it has waited for.
cpu_seconds() {
    awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print ($12 + $13 + $14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null || echo 0
}

# What the checkout costs this machine, counted over a whole run (warm-up, measured time and the orders followed
# after it): the app's CPU seconds, PostgreSQL's (the postmaster, its live backends, and through the postmaster
# those that have ended), the database's commits, and the orders confirmed so far (from the event store).
checkout_costs() {
    local postmaster db=0 backend
    postmaster=$(head -1 "$PG_DATA/postmaster.pid")
    db=$(cpu_seconds "$postmaster")
    for backend in $(ps -o pid= --ppid "$postmaster"); do
        db=$(awk -v a="$db" -v b="$(cpu_seconds "$backend")" 'BEGIN {print a + b}')
    done
    echo "$(cpu_seconds "$APP_PID") $db $(psql -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
        "SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres'),
                (SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.OrderConfirmed')" | tr '|' ' ')"
}

# From the costs before and after a run (app CPU, PostgreSQL CPU, commits, orders confirmed; 4 numbers each):
# the CPU and the commits per confirmed order, and the orders per second that this machine's cores could confirm
# at that cost if they did nothing else (the ceiling of the checkout's rate that the CPU sets).
checkout_cost_figures() {
    local orders=$(( $8 - $4 ))
    if (( orders <= 0 )); then
        figure note "checkout: no order confirmed during the run, no cost per order"
        return 0
    fi
    per_unit checkout.app-cpu-ms-per-order "$1" "$5" "$orders" 1000
    per_unit checkout.db-cpu-ms-per-order "$2" "$6" "$orders" 1000
    per_unit checkout.commits-per-order "$3" "$7" "$orders" 1
    cpu_ceiling ceiling.checkout-by-cpu "$orders" "$1" "$5" "$2" "$6"
}

# A figure: what was spent between two readings (before, after) per unit of work, times a scale (1000: ms per s).
per_unit() {
    figure value "$1" "$(awk -v a="$2" -v b="$3" -v n="$4" -v scale="$5" 'BEGIN {print (b - a) * scale / n}')"
}

# A ceiling: the units of work per second this machine's cores allow at the CPU seconds two processes spent on
# them (two pairs of readings, before and after).
cpu_ceiling() {
    figure value "$1" "$(awk -v cores="$(nproc)" -v n="$2" -v a1="$3" -v b1="$4" -v a2="$5" -v b2="$6" \
        'BEGIN {print cores * n / ((b1 - a1) + (b2 - a2))}')"
}

# What the searches cost this machine, counted over a whole search run (warm-up and measured time): the app's CPU
# seconds, Elasticsearch's (0 when it does not run on this machine) and the searches it answered on the app's alias.
ES_URL=
ES_PID=
search_costs() {
    local es=0 searches
    if [[ -n "$ES_PID" ]]; then
        es=$(cpu_seconds "$ES_PID")
    fi
    searches=$(curl -sf "$ES_URL/$SEARCH_ALIAS/_stats/search?filter_path=_all.total.search.query_total" | tr -cd '0-9')
    echo "$(cpu_seconds "$APP_PID") $es ${searches:-0}"
}

# From the costs before and after a search run (app CPU, Elasticsearch CPU, searches; 3 numbers each): the CPU per
# search, and the searches per second that this machine's cores could answer at that cost if they did nothing else.
search_cost_figures() {
    local searches=$(( $6 - $3 ))
    if (( searches <= 0 )); then
        figure note "search: Elasticsearch counted no search during the run, no cost per search"
        return 0
    fi
    per_unit search.app-cpu-ms-per-search "$1" "$4" "$searches" 1000
    if [[ -z "$ES_PID" ]]; then
        figure note "search: Elasticsearch does not run on this machine; no CPU ceiling for the search"
        return 0
    fi
    per_unit search.es-cpu-ms-per-search "$2" "$5" "$searches" 1000
    cpu_ceiling ceiling.search-by-cpu "$searches" "$1" "$4" "$2" "$5"
}

# Runs a simulation ($2) for $3 seconds, measured by nothing, before the first measured run of $1; noted in the
# table. The path a benchmark takes is still being compiled when it starts: for the search (the app's and a fresh
# Elasticsearch's), the rate kept rising for about 90 s (265, 493, then 949 searches/s in three 30-second runs after a
# start, 5 December); for the checkout, the app's JIT compilers still took 18 to 20 % of its CPU in the fourth
# 45-second run after a start, and the app's CPU per confirmed order fell from 330-440 ms in the first run to 130-200
# ms in the fourth (6 December). Under checkouts the app's compilers were busy for over 7 minutes after a start (a
# compiler thread compiling all the time: jstat's compile time grew 30 to 35 s per 30 s; over 4,300 methods compiled
# between minutes 2.5 and 5, only 315 of them twice: the long tail of a large app's code reaching the optimising
# compiler, no recompiling loop), and the requests served per second rose from 56 in the first minute to 101, 121,
# 158, 155, 165 and 177 in the next six (7 December); the table's checkout runs, once after 60 s, measured the
# second and third minutes. The jit-share figures say how busy the compilers were in each run (ADR 0116). A
# Gatling run's own warm-up (WARMUP) covers mostly the generator's JIT.
jit_warmup() {
    local name=$1 class=$2 seconds=$3
    echo "  $name warm-up, $seconds s (not measured)"
    "${MVN[@]}" -pl load-tests gatling:test -Dgatling.simulationClass="io.ultramarket.commerce.load.$class" \
        -Dbase.url="$BASE" -Dwarmup="${seconds}s" -Dduration=1s -Dfigures.out="$PWD/$OUT/runs/$name-warmup.properties" \
        > "$OUT/runs/$name-warmup.log" 2>&1 \
        || figure note "$name warm-up did not finish; see runs/$name-warmup.log"
    figure note "$name: $seconds s of it before the first run, not measured (the JIT compilers' warm-up)"
}

# The reindex's ceiling: the documents per second Elasticsearch indexes by itself, the live index's documents sent
# to a scratch index built as a new generation's is (IndexingCeiling); Elasticsearch's own time, no app in it.
reindex_ceiling() {
    java -cp "$CLASSPATH_GENERATOR" io.ultramarket.commerce.load.IndexingCeiling "$ES_URL" "$SEARCH_ALIAS" \
        > "$OUT/runs/indexing-ceiling-$1.log" 2>&1 \
        || { figure note "search: Elasticsearch's indexing ceiling not measured; see runs/indexing-ceiling-$1.log"; return 0; }
    figure value ceiling.elasticsearch-indexing \
        "$(sed -nE 's/^elasticsearch indexing: .* = ([0-9.]+) documents\/s$/\1/p' "$OUT/runs/indexing-ceiling-$1.log")"
}

generator() {
    java -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -cp "$CLASSPATH_GENERATOR" \
        io.ultramarket.commerce.load.LoadTest --base-url "$BASE" "$@"
}

figure note "app: java $APP_JVM_FLAGS -jar $JAR, embedded PostgreSQL durable (fsync on), tokens checked, rate limits off"
figure note "machine: $(nproc) cores, load average at the start $(cut -d' ' -f1-3 /proc/loadavg); app, PostgreSQL and generator share it"

if [[ "$ONLY" == search ]]; then
    echo "Starting the app (ONLY=search: no start times, ceilings or other goals)"
    start_app 1
else
echo "Recording a class-data sharing archive (scripts/cds-archive.sh)"
# Recorded under the configuration the starts are timed with: an archive recorded without Elasticsearch lacks the
# classes its client and the search's start load, and a start with search loaded them from the jars again (about
# 3 s more; ADR 0097).
(with_search_if_on && scripts/cds-archive.sh) > "$OUT/app/cds-archive.log" 2>&1

echo "Starting the app $RUNS times (start to healthy), each without and with the archive"
for run in $(seq 1 "$RUNS"); do
    start_app "$run" cds
    stop_app
    start_app "$run"
    if [[ "$run" -lt "$RUNS" ]]; then
        stop_app
    fi
done

echo "Ceilings"
if command -v pgbench > /dev/null; then
    psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE pgbench" > /dev/null
    pgbench -q -i -s 8 -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench > "$OUT/runs/pgbench-init.log" 2>&1
    for run in $(seq 1 "$RUNS"); do
        # One commit per transaction (update, select, insert), 8 clients: the commits/s that fsync allows here.
        pgbench -N -c 8 -j 2 -T "$PGBENCH_SECONDS" -h 127.0.0.1 -p "$PG_PORT" -U postgres pgbench \
            > "$OUT/runs/pgbench-$run.log" 2>&1
        figure pgbench "runs/pgbench-$run.log"
    done
else
    figure note "pgbench is not installed (Debian: postgresql-client): no database ceiling"
fi
for run in $(seq 1 "$RUNS"); do gatling no-op NoOpCeilingSimulation "$run"; done

echo "Checkout (8 clients), following each order to CONFIRMED"
if (( CHECKOUT_WARMUP > 0 )); then
    jit_warmup checkout CheckoutSimulation "$CHECKOUT_WARMUP"
fi
for run in $(seq 1 "$RUNS"); do
    sample_rss "$OUT/runs/rss-$run" &
    sampler=$!
    before=$(checkout_costs)
    gatling checkout CheckoutSimulation "$run"
    # shellcheck disable=SC2086 # the costs before and after: four numbers each, as eight arguments
    checkout_cost_figures $before $(checkout_costs)
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    if [[ -s "$OUT/runs/rss-$run" ]]; then
        figure value app.rss-mb "$(awk '{print $1 / 1024}' "$OUT/runs/rss-$run")"
    else
        figure note "checkout run $run: no RSS sample"
    fi
done

echo "Add-to-cart (16 clients)"
for run in $(seq 1 "$RUNS"); do gatling add-to-cart AddToCartSimulation "$run"; done

echo "Read-your-writes (16 clients)"
for run in $(seq 1 "$RUNS"); do gatling read-your-writes ReadYourWritesSimulation "$run"; done

echo "Replay of the stock-levels read model ($REPLAY_EVENTS events; the first run writes the missing ones)"
# A replay of 100 000 events takes a few seconds, most of them while its path is still being compiled: five replays
# after a start ran at 25, 39, 49, 50 and 56 thousand events/s (6 December), and the JIT compilers took 9.9, 4.2, 2.9,
# 2.2, 0.8 and 0.7 s of CPU in the first six (jstat -compiler, 6 December, morning): a whole core for most of the
# third and fourth. A read model rebuilt from a real store's millions of events runs at the warm rate; the first
# replays are run and noted, not measured.
for run in $(seq 1 "$REPLAY_WARMUP"); do
    echo "  replay warm-up $run of $REPLAY_WARMUP (not measured)"
    generator --scenario replay --events "$REPLAY_EVENTS" --clients 16 > "$OUT/runs/replay-warmup-$run.log" 2>&1 \
        || figure note "replay warm-up $run failed; see runs/replay-warmup-$run.log"
    figure note "replay warm-up $run, not measured (the JIT compilers' warm-up): $(grep -o '[0-9.]* events/s' \
        "$OUT/runs/replay-warmup-$run.log" | tail -1)"
done
for run in $(seq 1 "$RUNS"); do
    generator --scenario replay --events "$REPLAY_EVENTS" --clients 16 > "$OUT/runs/replay-$run.log" 2>&1 \
        || figure note "replay run $run failed; see runs/replay-$run.log"
    figure generator "runs/replay-$run.log"
done
fi

if [[ "$SEARCH" == on ]]; then
    echo "Search over 10 000 products (16 clients) and its reindex (the first run seeds the catalog)"
    ES_URL=$(source data/servers/servers.env && echo "${SPRING_ELASTICSEARCH_URIS%%,*}")
    # Elasticsearch's process, when it listens on this machine: its CPU counts in the search's cost.
    ES_PID=$(ss -ltnpH "sport = :${ES_URL##*:}" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
    for run in $(seq 1 "$RUNS"); do
        # The generator's search scenario seeds what is missing, searches briefly and times the reindex and the rebuild.
        generator --scenario search --clients 16 --duration 1s --warmup 0s > "$OUT/runs/reindex-$run.log" 2>&1 \
            || figure note "search reindex run $run failed; see runs/reindex-$run.log"
        figure generator "runs/reindex-$run.log"
        reindex_ceiling "$run"
        if [[ "$run" == 1 ]] && (( SEARCH_WARMUP > 0 )); then
            jit_warmup search SearchSimulation "$SEARCH_WARMUP"
        fi
        figure note "search run $run: load average before the Gatling run $(cut -d' ' -f1-3 /proc/loadavg)"
        before=$(search_costs)
        gatling search SearchSimulation "$run"
        # shellcheck disable=SC2086 # the costs before and after: three numbers each, as six arguments
        search_cost_figures $before $(search_costs)
    done
else
    figure note "search and reindex not measured: they need Elasticsearch (SEARCH=on with scripts/servers.sh start)"
fi

stop_app
echo
java -cp "$CLASSPATH_GENERATOR" io.ultramarket.commerce.load.BenchmarkTable "$FIGURES" "$OUT/table.txt"
echo
echo "Gatling's HTML reports: $OUT/runs/*/*/index.html; all figures: $FIGURES; this table: $OUT/table.txt"
