#!/usr/bin/env bash
# Class-data sharing for a faster start (ADR 0071): unpacks the packaged app into api/target/cds/ (Spring Boot's
# extracted layout: the app's jar beside lib/) and records a CDS archive of every class a start loads, by
# starting the app once until its context is refreshed (on a throw-away embedded PostgreSQL) and stopping it.
# Then start it with the archive:
#
#   java -XX:SharedArchiveFile=api/target/cds/app.jsa -jar api/target/cds/api-0.1.0-SNAPSHOT.jar
#
# The archive belongs to this JVM build and this jar: make it again after either changes (the JVM refuses a
# stale one with a warning and starts without it). The training start takes this script's environment: give it the
# servers the app will use (e.g. SPRING_ELASTICSEARCH_URIS), or the classes their clients load at a start are
# missing from the archive and come from the jars each time (ADR 0097). Build the jar first: ./mvnw -pl api -am package -DskipTests
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
trap 'rm -rf "$TRAINING"' EXIT

rm -rf "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT" > /dev/null
# A port of the system's choosing and a database of its own: the training start must not meet a running app.
java -XX:ArchiveClassesAtExit="$OUT/app.jsa" -Dspring.context.exit=onRefresh \
    -jar "$OUT/$(basename "$JAR")" --server.port=0 \
    --commerce.embedded-postgres.data-directory="$TRAINING/postgres" > "$TRAINING/training.log" 2>&1 || {
    echo "The training start failed:" >&2
    tail -40 "$TRAINING/training.log" >&2
    exit 1
}
echo "Archive: $OUT/app.jsa ($(du -h "$OUT/app.jsa" | cut -f1)). Start with:"
echo "  java -XX:SharedArchiveFile=$OUT/app.jsa -jar $OUT/$(basename "$JAR")"
