#!/usr/bin/env bash
# The app with the full set of real servers, in one command: starts Elasticsearch, Kafka, ClickHouse and
# Keycloak (scripts/servers.sh), runs the app with their addresses in its environment (SPRING_ELASTICSEARCH_URIS,
# SPRING_KAFKA_BOOTSTRAPSERVERS, COMMERCE_CLICKHOUSE_URL, SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI),
# and stops them when the app ends. Servers that already ran before are left running. Arguments go to
# spring-boot:run.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! scripts/servers.sh status >/dev/null; then
    scripts/servers.sh start
    trap 'scripts/servers.sh stop' EXIT
    trap 'exit 130' INT TERM
fi
# shellcheck source=/dev/null
source data/servers/servers.env
./mvnw -pl api -am spring-boot:run "$@"
