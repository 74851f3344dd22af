#!/usr/bin/env bash
# Read-your-writes across two instances of the app on one database (issue 15): a write on one instance, a read
# with its position on the other, RUNS times, and the p50/p95/p99 of the reads as the generator prints them.
#
#   ./mvnw -pl api -am package -DskipTests && load-tests/read-lag-across-instances.sh
#
# It starts the packaged app twice in load-tests/target/read-lag-across/: the first on its embedded PostgreSQL
# (fsync on), the second on the first one's database with the roles' passwords it drew (one development signing
# key for both: they share the working folder). Commands go to the second, which joined last, and reads to the
# first, so that each write must reach the other instance's processors (ADR 0055, ADR 0061). Settings through the
# environment: RUNS (3), CLIENTS (2), DURATION (20), WARMUP (5), PORT (18081; the second takes PORT+1),
# PG_PORT (15433), MAVEN_OFFLINE (1 adds -o to Maven).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
CLIENTS=${CLIENTS:-2}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
PORT=${PORT:-18081}
PG_PORT=${PG_PORT:-15433}
for number in "$RUNS" "$CLIENTS" "$DURATION" "$WARMUP" "$PORT" "$PG_PORT"; do
    [[ "$number" =~ ^[0-9]+$ ]] || { echo "RUNS, CLIENTS, DURATION, WARMUP, PORT and PG_PORT take whole numbers" >&2; exit 2; }
done
JAR=$(ls "$PWD"/api/target/api-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
    echo "No api/target/api-*.jar: build it first with ./mvnw -pl api -am package -DskipTests" >&2
    exit 1
fi
OUT=$PWD/load-tests/target/read-lag-across
rm -rf "$OUT"
mkdir -p "$OUT"

./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl load-tests test-compile dependency:build-classpath \
    -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt"
CLASSPATH_GENERATOR=$PWD/load-tests/target/classes:$(cat "$OUT/classpath.txt")

PIDS=()
stop_apps() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap stop_apps EXIT

await_healthy() {
    local port=$1 pid=$2
    for _ in $(seq 1 1800); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && return 0
        kill -0 "$pid" 2>/dev/null || { echo "The app on port $port stopped while starting; see $OUT" >&2; exit 1; }
        sleep 0.1
    done
    echo "The app on port $port was not healthy after 180 s; see $OUT" >&2
    exit 1
}

cd "$OUT"
java -jar "$JAR" --server.port="$PORT" --commerce.rate-limits.enabled=false \
    --commerce.embedded-postgres.data-directory="$OUT/pg" --commerce.embedded-postgres.port="$PG_PORT" \
    > first.log 2>&1 &
PIDS+=($!)
await_healthy "$PORT" "${PIDS[0]}"
role_password() { sed -n "s/^$1.password=//p" "$OUT/pg/commerce-roles.properties"; }
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/postgres SPRING_DATASOURCE_USERNAME=commerce_app \
SPRING_DATASOURCE_PASSWORD=$(role_password commerce_app) \
SPRING_FLYWAY_USER=commerce_owner SPRING_FLYWAY_PASSWORD=$(role_password commerce_owner) \
    java -jar "$JAR" --server.port="$((PORT + 1))" --commerce.rate-limits.enabled=false > second.log 2>&1 &
PIDS+=($!)
await_healthy "$((PORT + 1))" "${PIDS[1]}"
cd - > /dev/null

echo "read-lag across instances: $CLIENTS clients, $RUNS runs of ${DURATION}s after ${WARMUP}s warm-up," \
    "load average at the start $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
    java -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -cp "$CLASSPATH_GENERATOR" \
        io.ultramarket.commerce.load.LoadTest --scenario read-lag --base-url "http://127.0.0.1:$((PORT + 1))" \
        --read-url "http://127.0.0.1:$PORT" --clients "$CLIENTS" --duration "${DURATION}s" --warmup "${WARMUP}s" \
        > "$OUT/run-$run.log" 2>&1 || { echo "run $run failed; see $OUT/run-$run.log" >&2; continue; }
    echo "run $run: $(grep '^read-lag across instances' "$OUT/run-$run.log" | tail -1)"
    echo "       $(grep '^read-lag commands' "$OUT/run-$run.log" | tail -1)"
done
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
