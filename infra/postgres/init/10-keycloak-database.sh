#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d):
# gives Keycloak its own database and user beside Camunda's (POSTGRES_DB, POSTGRES_USER).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v kc_password="${KEYCLOAK_DB_PASSWORD:?set KEYCLOAK_DB_PASSWORD}" <<'SQL'
CREATE USER keycloak WITH PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
