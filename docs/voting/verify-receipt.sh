#!/usr/bin/env bash
# Checks, with nothing but bash, printf, sha256sum and xxd, that your ballot is counted:
#   1. your receipt is SHA-256 over the canonical ballot you cast and your nonce;
#   2. the inclusion proof the service answers for it leads to the published Merkle root (RFC 6962).
#
#   docs/voting/verify-receipt.sh CONTEST RANKING NONCE RECEIPT PROOF.json [ROOT]
#
# CONTEST  the contest id (EC-FY2028.CHAIR_ELECT); RANKING your ranking, candidate ids joined by
# commas ("n2,n1", "" for an abstention); NONCE and RECEIPT what the service answered your ballot;
# PROOF.json the answer of GET /api/v1/contests/CONTEST/receipts/RECEIPT; ROOT the root you read in
# the published contest (default: the proof's own; compare it with the published one!).
# Needs jq for reading the proof. Exit 0 when both hold.
set -euo pipefail
[ $# -ge 5 ] || { sed -n '2,13p' "$0"; exit 2; }
contest=$1 ranking=$2 nonce=$3 receipt=$4 proof=$5

# 1. the receipt: SHA-256("charter-ballot/1\ncontest:<id>\nranking:<ids>\n" ‖ "nonce:<hex>\n")
mine=$(printf 'charter-ballot/1\ncontest:%s\nranking:%s\nnonce:%s\n' "$contest" "$ranking" "$nonce" | sha256sum | cut -d' ' -f1)
[ "$mine" = "$receipt" ] || { echo "receipt differs: recomputed $mine"; exit 1; }
echo "receipt ok: $receipt"

# 2. the leaf: SHA-256(0x00 ‖ "<receipt>:<ranking>"), then up the audit path (RFC 9162 §2.1.3.2)
[ "$(jq -r '.ranking | join(",")' "$proof")" = "$ranking" ] || { echo "the proof's ranking is not yours"; exit 1; }
hash=$( { printf '\x00'; printf '%s:%s' "$receipt" "$ranking"; } | sha256sum | cut -d' ' -f1)
fn=$(jq -r .leafIndex "$proof"); sn=$(( $(jq -r .treeSize "$proof") - 1 ))
node() { { printf '\x01'; printf '%s%s' "$1" "$2" | xxd -r -p; } | sha256sum | cut -d' ' -f1; }
for p in $(jq -r '.auditPath[]' "$proof"); do
  [ "$sn" -gt 0 ] || { echo "proof too long"; exit 1; }
  if [ $((fn & 1)) -eq 1 ] || [ "$fn" -eq "$sn" ]; then
    hash=$(node "$p" "$hash")
    while [ $((fn & 1)) -eq 0 ] && [ "$fn" -ne 0 ]; do fn=$((fn >> 1)); sn=$((sn >> 1)); done
  else
    hash=$(node "$hash" "$p")
  fi
  fn=$((fn >> 1)); sn=$((sn >> 1))
done
root=${6:-$(jq -r .root "$proof")}
[ "$sn" -eq 0 ] && [ "$hash" = "$root" ] || { echo "not included: reached $hash, root is $root"; exit 1; }
echo "included: the audit path leads to the root $root"
