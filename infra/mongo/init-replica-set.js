// Initiates the replica set once, then waits until it has a primary and every member is healthy.
// Run by infra/mongo/init.sh (the mongo-init service of docker-compose.yml), authenticated as root:
//   mongosh --host mongo-1:27017 -u <root> -p <password> --authenticationDatabase admin --file init-replica-set.js
// Running it again is harmless: an initiated set is only waited for.
const replicaSet = process.env.MONGO_REPLICA_SET || "charter";
const hosts = (process.env.MONGO_MEMBERS || "mongo-1:27017,mongo-2:27017,mongo-3:27017").split(",");
const timeoutMillis = Number(process.env.MONGO_READY_TIMEOUT_SECONDS || 120) * 1000;

function alreadyInitiated() {
  try {
    rs.status();
    return true;
  } catch (e) {
    if (e.codeName === "NotYetInitialized" || e.code === 94) {
      return false;
    }
    throw e;
  }
}

if (alreadyInitiated()) {
  print(`replica set ${replicaSet} already initiated`);
} else {
  // The first member gets a higher priority so that, when all are healthy, it is the primary:
  // predictable for operators; any member can still take over when it fails.
  const members = hosts.map((host, i) => ({ _id: i, host: host, priority: i === 0 ? 2 : 1 }));
  const result = rs.initiate({ _id: replicaSet, members: members });
  printjson(result);
}

const deadline = Date.now() + timeoutMillis;
while (true) {
  let status;
  try {
    status = rs.status();
  } catch (e) {
    status = null;
  }
  const states = status ? status.members.map((m) => `${m.name}=${m.stateStr}`) : ["no status yet"];
  const primary = status && status.members.some((m) => m.stateStr === "PRIMARY");
  const healthy = status && status.members.every((m) => m.stateStr === "PRIMARY" || m.stateStr === "SECONDARY");
  if (primary && healthy) {
    print(`replica set ${replicaSet} ready: ${states.join(", ")}`);
    break;
  }
  if (Date.now() > deadline) {
    print(`replica set ${replicaSet} not ready after ${timeoutMillis / 1000}s: ${states.join(", ")}`);
    quit(1);
  }
  sleep(1000);
}
