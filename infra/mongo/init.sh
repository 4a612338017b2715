#!/usr/bin/env bash
# The mongo-init service of docker-compose.yml, run after the three members are healthy:
#   1. init-replica-set.js against mongo-1: rs.initiate once, wait for a primary and two secondaries;
#   2. create-users.js against the replica set: one user per service database (readWrite on that
#      database only), created or, when it exists, given the current password again.
# Both connect as the root user the mongo image created at first start (MONGO_ROOT_USERNAME /
# MONGO_ROOT_PASSWORD, passed to the members as MONGO_INITDB_ROOT_*).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
user="${MONGO_ROOT_USERNAME:?set MONGO_ROOT_USERNAME}"
password="${MONGO_ROOT_PASSWORD:?set MONGO_ROOT_PASSWORD}"
members="${MONGO_MEMBERS:-mongo-1:27017,mongo-2:27017,mongo-3:27017}"
replica_set="${MONGO_REPLICA_SET:-charter}"

mongosh --host "${members%%,*}" --username "$user" --password "$password" --authenticationDatabase admin \
  --quiet --file "$here/init-replica-set.js"
mongosh --host "${replica_set}/${members}" --username "$user" --password "$password" --authenticationDatabase admin \
  --quiet --file "$here/create-users.js"
