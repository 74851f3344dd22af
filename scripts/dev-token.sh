#!/usr/bin/env bash
# Prints an access token for the running app, for curl's -H "Authorization: Bearer $(scripts/dev-token.sh ...)".
#
#   scripts/dev-token.sh customer [NAME]   a customer (default ada; bob is another; any name is a customer)
#                                          COMMERCE_LOCALE=de-DE gives them a language (development issuer only)
#   scripts/dev-token.sh support|merchandiser|analyst|auditor|admin
#
# Against the embedded default it asks the app's development issuer ($COMMERCE_URL/dev-issuer/token, which
# answers this machine only). When scripts/servers.sh runs Keycloak (data/servers/servers.env names its token
# endpoint, or COMMERCE_KEYCLOAK_TOKEN_ENDPOINT is set), it signs in there as the demo user of that name.
set -euo pipefail
cd "$(dirname "$0")/.."

role=${1:-}
case "$role" in
    customer) user=${2:-ada} ;;
    support|merchandiser|analyst|auditor|admin) user=$role ;;
    *) echo "usage: $0 customer [NAME] | support | merchandiser | analyst | auditor | admin" >&2; exit 2 ;;
esac

if [[ -z ${COMMERCE_KEYCLOAK_TOKEN_ENDPOINT:-} && -f data/servers/servers.env ]]; then
    COMMERCE_KEYCLOAK_TOKEN_ENDPOINT=$(sed -nE 's/^export COMMERCE_KEYCLOAK_TOKEN_ENDPOINT=//p' data/servers/servers.env)
fi

if [[ -n ${COMMERCE_KEYCLOAK_TOKEN_ENDPOINT:-} ]]; then
    answer=$(curl -sS --fail-with-body "$COMMERCE_KEYCLOAK_TOKEN_ENDPOINT" \
        -d grant_type=password -d client_id=commerce-cli -d "username=$user" \
        -d "password=${COMMERCE_DEMO_PASSWORD:-demo-password}")
else
    answer=$(curl -sS --fail-with-body "${COMMERCE_URL:-http://localhost:8080}/dev-issuer/token" --data-urlencode "username=$user" \
        ${COMMERCE_LOCALE:+--data-urlencode "locale=$COMMERCE_LOCALE"})
fi
sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/' <<<"$answer"
