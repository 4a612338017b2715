#!/usr/bin/env bash
# Creates every topic listed in topics.txt (called by init.sh, the kafka-init service) before any Charter service produces, then waits until
# every partition of them has a leader and enough in-sync replicas.
#
# Why wait: Kafka 3.9's idempotent producer can lose records when it sends right after a topic
# was created (KAFKA-15591: OUT_OF_ORDER_SEQUENCE_NUMBER loops, then expiry). The services start
# only after this script has exited 0 (depends_on: service_completed_successfully).
#
# Existing topics are left as they are (--if-not-exists): partitions can only be added with
# kafka-topics.sh --alter, and configs changed with kafka-configs.sh (see docs/operations/production.md).
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:?set KAFKA_BOOTSTRAP_SERVERS, e.g. kafka-1:19092,kafka-2:19092,kafka-3:19092}"
TOPICS_FILE="${TOPICS_FILE:-$(dirname "$0")/topics.txt}"
PARTITIONS="${TOPIC_PARTITIONS:-12}"
REPLICATION_FACTOR="${TOPIC_REPLICATION_FACTOR:-3}"
MIN_INSYNC_REPLICAS="${TOPIC_MIN_INSYNC_REPLICAS:-2}"
READY_TIMEOUT_SECONDS="${TOPIC_READY_TIMEOUT_SECONDS:-120}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
# Client properties (SASL) for every kafka-topics.sh call; init.sh passes the admin user's.
COMMAND_CONFIG=()
if [[ -n "${KAFKA_COMMAND_CONFIG:-}" ]]; then
  COMMAND_CONFIG=(--command-config "$KAFKA_COMMAND_CONFIG")
fi

mapfile -t topics < <(grep -v -E '^[[:space:]]*(#|$)' "$TOPICS_FILE" | sed 's/[[:space:]]//g' | grep -v '^$')
if [[ ${#topics[@]} -eq 0 ]]; then
  echo "no topics in $TOPICS_FILE" >&2
  exit 1
fi

for topic in "${topics[@]}"; do
  echo "ensuring topic $topic (${PARTITIONS} partitions, RF ${REPLICATION_FACTOR}, min ISR ${MIN_INSYNC_REPLICAS}, kept forever)"
  "$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "${COMMAND_CONFIG[@]}" --create --if-not-exists \
    --topic "$topic" \
    --partitions "$PARTITIONS" \
    --replication-factor "$REPLICATION_FACTOR" \
    --config "min.insync.replicas=${MIN_INSYNC_REPLICAS}" \
    --config retention.ms=-1 \
    --config retention.bytes=-1 \
    --config cleanup.policy=delete
done

# A partition is ready when it has a leader and at least min.insync.replicas replicas in sync.
# kafka-topics.sh lists the partitions that are not; ready means both lists are empty.
topic_pattern="^($(IFS='|'; echo "${topics[*]//./\\.}"))$"
deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
while true; do
  not_ready="$("$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "${COMMAND_CONFIG[@]}" --describe \
      --topic "$topic_pattern" --unavailable-partitions 2>&1 || true)"
  under_min_isr="$("$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "${COMMAND_CONFIG[@]}" --describe \
      --topic "$topic_pattern" --under-min-isr-partitions 2>&1 || true)"
  if [[ -z "${not_ready//[[:space:]]/}" && -z "${under_min_isr//[[:space:]]/}" ]]; then
    break
  fi
  if (( SECONDS >= deadline )); then
    echo "topics not ready after ${READY_TIMEOUT_SECONDS}s:" >&2
    echo "$not_ready" >&2
    echo "$under_min_isr" >&2
    exit 1
  fi
  sleep 2
done

"$KAFKA_BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" "${COMMAND_CONFIG[@]}" --describe --topic "$topic_pattern" \
  | grep -E '^Topic:' || true
echo "all ${#topics[@]} topics ready: every partition has a leader and at least ${MIN_INSYNC_REPLICAS} in-sync replicas"
