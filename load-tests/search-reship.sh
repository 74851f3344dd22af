#!/usr/bin/env bash
# The search indexer's own rate, without the projection's replay in front of it: every document of the active
# generation is shipped again, from PostgreSQL into a new index, and the alias moves to it (docs/performance.md,
# "Search and its reindex"). For a measurement only: searches answer 503 while it runs.
#
# Needs the app of `ONLY=search load-tests/run-all.sh` running (its 10 000 products seeded) with the indexer's
# debug log on, e.g. started by hand as run-all.sh starts it plus
#   --logging.level.io.ultramarket.commerce.projections.search.SearchIndexer=debug
# and Elasticsearch from data/servers/servers.env. It pauses the app (SIGSTOP) for the two steps that must not
# interleave with an indexer cycle: marking every document unshipped in PostgreSQL, and deleting the index the
# alias points at; then the app goes on, and its indexer's next cycle ships everything and moves the alias.
#
#   load-tests/search-reship.sh <app pid> <app log>     (PG_PORT: the app's embedded PostgreSQL, 15480)
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PID=${1:?usage: $0 <app pid> <app log>}
APP_LOG=${2:?usage: $0 <app pid> <app log>}
PG_PORT=${PG_PORT:-15480}
ES=$(source data/servers/servers.env && echo "$SPRING_ELASTICSEARCH_URIS")
psql_app() { psql -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "$1"; }

INDEX=$(curl -sf "$ES/_alias/products" | python3 -c 'import json, sys; print(next(iter(json.load(sys.stdin))))')
GENERATION=$(sed -E 's/^products-g([0-9]+)-.*/\1/' <<< "$INDEX")
TABLE=search_document_g$GENERATION
DOCUMENTS=$(psql_app "SELECT count(*) FROM $TABLE")
echo "Shipping again the $DOCUMENTS documents of $TABLE into a new $INDEX (load average $(cut -d' ' -f1-3 /proc/loadavg))"
LINES=$(wc -l < "$APP_LOG")

kill -STOP "$APP_PID"
trap 'kill -CONT "$APP_PID"' EXIT
psql_app "UPDATE $TABLE SET shipped_revision = 0" > /dev/null
curl -sf -X DELETE "$ES/$INDEX" > /dev/null
kill -CONT "$APP_PID"
trap - EXIT

for _ in $(seq 1 600); do
    if tail -n +"$((LINES + 1))" "$APP_LOG" | grep -q "now points at $INDEX"; then
        break
    fi
    sleep 0.2
done
tail -n +"$((LINES + 1))" "$APP_LOG" | grep -E "Created search index|Shipped [0-9]+ search documents|now points at" \
    | sed -E 's/^([0-9T:.-]+).*(Created|Shipped|Search alias)/\1 \2/'
echo "Elasticsearch: $(curl -sf "$ES/_cat/count/products?h=count") documents under the alias; settings $(curl -sf \
    "$ES/$INDEX/_settings?filter_path=**.refresh_interval,**.number_of_replicas")"
