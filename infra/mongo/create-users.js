// One MongoDB user per Charter service: user <db> in database <db>, role readWrite on <db> only.
// Run by infra/mongo/init.sh (the mongo-init service) as the root user, connected to the replica
// set. Databases: MONGO_SERVICE_DATABASES (comma-separated); the password of database <db> is
// MONGO_PASSWORD_<DB> (upper case). Running it again sets the passwords again: to change one,
// edit the env file, run mongo-init again, restart that service.
const databases = (process.env.MONGO_SERVICE_DATABASES || "").split(",").map((d) => d.trim()).filter((d) => d);
if (databases.length === 0) {
  print("MONGO_SERVICE_DATABASES names no database");
  quit(1);
}

// Passwords are placed in connection strings (MONGODB_URI): letters, digits, '-', '_' only.
function passwordOf(name) {
  const variable = `MONGO_PASSWORD_${name.toUpperCase().replace(/-/g, "_")}`;
  const password = process.env[variable] || "";
  if (password.startsWith("REPLACE_ME")) {
    print(`${variable} is still the placeholder of infra/compose.env.example: generate real secrets (infra/generate-compose-env.sh)`);
    quit(1);
  }
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) {
    print(`${variable} must be at least 16 letters, digits, '-' or '_' (e.g. openssl rand -hex 24)`);
    quit(1);
  }
  return password;
}

const passwords = Object.fromEntries(databases.map((name) => [name, passwordOf(name)]));
for (const name of databases) {
  const target = db.getSiblingDB(name);
  const roles = [{ role: "readWrite", db: name }];
  if (target.getUser(name)) {
    target.updateUser(name, { pwd: passwords[name], roles: roles });
    print(`user ${name}: password and roles set again (readWrite on ${name})`);
  } else {
    target.createUser({ user: name, pwd: passwords[name], roles: roles });
    print(`user ${name}: created (readWrite on ${name})`);
  }
}
print(`mongo users ready for ${databases.join(", ")}`);
