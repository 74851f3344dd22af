#!/usr/bin/env bash
# Class-data sharing for a faster start (ADR 0071, ADR 0106): unpacks the packaged app into api/target/cds/ (Spring
# Boot's extracted layout: the app's jar beside lib/) and records a CDS archive of every class a start loads, by
# starting the app once on a throw-away embedded PostgreSQL, waiting until it is healthy and has answered a catalog
# read (404 for a product that does not exist), and stopping it. Then start it with the archive:
#
#   java -XX:SharedArchiveFile=api/target/cds/app.jsa -jar api/target/cds/api-0.1.0-SNAPSHOT.jar
#
# The archive belongs to this JVM build and this jar: make it again after either changes (the JVM refuses a
# stale one with a warning and starts without it). The training start takes this script's environment: give it the
# servers the app will use (e.g. SPRING_ELASTICSEARCH_URIS), or the classes their clients load at a start are
# missing from the archive and come from the jars each time (ADR 0097). Its search indices get an alias of their own
# and are deleted afterwards. Build the jar first: ./mvnw -pl api -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=$(ls api/target/api-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
    echo "No api/target/api-*.jar: build it first with ./mvnw -pl api -am package -DskipTests" >&2
    exit 1
fi
# An absolute path: the archive remembers the class path as the training start named it, and a start from another
# directory (run-all.sh starts the app in its own folder) would find relative paths missing and load every class of
# the app from the jars again.
OUT=$PWD/api/target/cds
TRAINING=$(mktemp -d)
TRAINEE=
ALIAS=cds-training-$$-$(date +%s)
# However the script ends: the training start stopped, then its search indices deleted (a training start that failed
# after its indexer made one would otherwise leave it behind), then its database.
clean_up() {
    if [[ -n "$TRAINEE" ]]; then
        kill "$TRAINEE" 2>/dev/null || true
        wait "$TRAINEE" 2>/dev/null || true
    fi
    if [[ -n "${SPRING_ELASTICSEARCH_URIS:-}" ]]; then
        local elasticsearch=${SPRING_ELASTICSEARCH_URIS%%,*} index
        for index in $(curl -sf "$elasticsearch/_cat/indices/$ALIAS-*?h=index" || true); do
            curl -sf -o /dev/null -X DELETE "$elasticsearch/$index" || echo "Could not delete the training's index $index" >&2
        done
    fi
    rm -rf "$TRAINING"
}
trap clean_up EXIT

rm -rf "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" > /dev/null
# A port of the system's choosing, a database and a search alias of its own: the training start must not meet a
# running app, and its empty search generation must not take the alias searches read.
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -jar "$OUT/$(basename "$JAR")" --server.port=0 \
    --commerce.embedded-postgres.data-directory="$TRAINING/postgres" --commerce.search.alias="$ALIAS" \
    > "$TRAINING/training.log" 2>&1 &
TRAINEE=$!
training_failed() {
    echo "The training start failed: $1" >&2
    tail -40 "$TRAINING/training.log" >&2
    exit 1
}
# The whole start, not only the context's refresh: the web server, the event processors and the search indexer start
# after it and load about 2,000 classes more (ADR 0106).
port=
for _ in $(seq 1 1800); do
    kill -0 "$TRAINEE" 2>/dev/null || training_failed "it stopped"
    port=${port:-$(sed -n 's/.*Netty started on port \([0-9]*\).*/\1/p' "$TRAINING/training.log" | head -1)}
    if [[ -n "$port" ]] && curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; then
        break
    fi
    sleep 0.1
done
curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" || training_failed "not healthy after 180 s"
# A catalog read through the whole request path (security, query bus, read model, problem+json): 404 for no product.
[[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/products/$(cat /proc/sys/kernel/random/uuid)") == 404 ]] ||
    training_failed "GET /products/{id} did not answer 404"
# A graceful stop: the JVM writes the archive as it exits.
kill "$TRAINEE"
wait "$TRAINEE" || true
TRAINEE=
[[ -s "$OUT/app.jsa" ]] || training_failed "no archive written"
echo "Archive: $OUT/app.jsa ($(du -h "$OUT/app.jsa" | cut -f1)). Start with:"
echo "  java -XX:SharedArchiveFile=$OUT/app.jsa -jar $OUT/$(basename "$JAR")"
