#!/usr/bin/env bash
# Real Elasticsearch, Kafka, ClickHouse and Keycloak servers for a full local run, without Docker (ADR 0013).
#
#   scripts/servers.sh start    builds test-servers, starts the four servers in the background, prints their addresses
#   scripts/servers.sh status   prints the environment variables that point the app at them, if they run
#   scripts/servers.sh stop     stops them
#
# SERVERS (environment, for start) names the servers to start, comma-separated, of elasticsearch, kafka,
# clickhouse, keycloak: all four by default; e.g. SERVERS=elasticsearch for the search benchmark alone.
#
# Their data stays in data/servers/ across restarts (delete that folder, with the servers stopped, to start
# empty). The app's environment variables are written to data/servers/servers.env; scripts/run-with-servers.sh
# uses them, and COMMERCE_KEYCLOAK_TOKEN_ENDPOINT there is where to get the demo users' tokens. The first
# start installs what is missing: see docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

STATE=data/servers
PID_FILE=$STATE/servers.pid
ENV_FILE=$STATE/servers.env
LOG=$STATE/servers.log
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

running() {
    [[ -f $PID_FILE ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

start() {
    if running; then
        echo "The servers already run (pid $(cat "$PID_FILE"))."
        status
        return
    fi
    # The harness's classes, and the path of the libraries they use (Jackson, for Keycloak's answers).
    ./mvnw -B -q -pl test-servers -am compile dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile=target/runtime.classpath
    mkdir -p "$STATE"
    rm -f "$ENV_FILE"
    # The main holds the servers until it is told to stop; its shutdown hooks stop them, and if it is
    # killed outright, each server's watchdog does. In a session of its own (setsid, where there is one),
    # a Ctrl-C in this terminal does not reach the servers: `stop` stops them, all at once.
    local detach=()
    if command -v setsid >/dev/null; then
        detach=(setsid)
    fi
    nohup "${detach[@]}" "$JAVA" -Xmx64m -cp "test-servers/target/classes:$(cat test-servers/target/runtime.classpath)" \
        io.ultramarket.commerce.servers.ServersMain "$STATE" "${SERVERS:-}" >"$LOG" 2>&1 &
    echo $! >"$PID_FILE"
    echo "Starting ${SERVERS:-elasticsearch,kafka,clickhouse,keycloak} (log: $LOG)..."
    while [[ ! -f $ENV_FILE ]]; do
        if ! running; then
            echo "The servers did not start:" >&2
            tail -n 40 "$LOG" >&2
            rm -f "$PID_FILE"
            exit 1
        fi
        sleep 1
    done
    cat "$LOG"
}

status() {
    if running && [[ -f $ENV_FILE ]]; then
        cat "$ENV_FILE"
    elif running; then
        echo "The servers are starting (log: $LOG)."
    else
        echo "The servers do not run."
        return 3
    fi
}

stop() {
    if ! running; then
        echo "The servers do not run."
        rm -f "$PID_FILE" "$ENV_FILE"
        return
    fi
    local pid
    pid=$(cat "$PID_FILE")
    kill -TERM "$pid"
    for _ in $(seq 90); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "Still stopping after 90 s: killing it; the servers' watchdogs stop them within 30 s." >&2
        kill -KILL "$pid"
    fi
    rm -f "$PID_FILE" "$ENV_FILE"
    echo "The servers are stopped."
}

case "${1:-}" in
    start) start ;;
    status) status ;;
    stop) stop ;;
    *)
        echo "usage: $0 start|status|stop" >&2
        exit 2
        ;;
esac
