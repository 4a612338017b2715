#!/usr/bin/env bash
# The mongo-keyfile service of docker-compose.yml: writes the replica set's internal
# authentication key (--keyFile) into the mongo-keyfile volume on first start, and leaves an
# existing key alone. The members mount that volume read-only; mongod (user mongodb, uid 999 in
# the mongo image) requires the file to be readable by it alone.
set -euo pipefail
keyfile="${MONGO_KEYFILE:-/charter/mongo-keyfile/keyfile}"
if [[ ! -s "$keyfile" ]]; then
  # 756 random bytes, base64: 1008 characters of the base64 alphabet (mongod accepts 6 to 1024)
  head -c 756 /dev/urandom | base64 -w 0 > "$keyfile.tmp"
  mv "$keyfile.tmp" "$keyfile"
  echo "generated a new replica-set key in $keyfile"
else
  echo "replica-set key $keyfile exists: kept"
fi
chown 999:999 "$keyfile"
chmod 400 "$keyfile"
