#!/usr/bin/env bash
# Starts a local PostgreSQL for AllyBot's [Category("Postgres")] tests: no Docker, as root, on Debian.
#   - installs Debian's postgresql package when it is missing (apt-get update, apt-get install -y postgresql);
#   - creates (if needed) and starts the cluster "<newest version> main" with pg_ctlcluster, listening on 127.0.0.1;
#   - creates (or resets the password of) the role allybot_test, allowed to create databases (each test fixture
#     creates and drops its own), and its database allybot_test;
#   - waits until the server accepts password logins over TCP.
# Progress goes to stderr; stdout gets one line only, the last one:
#   export ALLYBOT_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=allybot_test;Password=...;Database=allybot_test'
# so that:  eval "$(bash .ci/postgres.sh | tail -1)"
# Idempotent: running it again reuses the running cluster, the role and the database.
# Overrides: ALLYBOT_PG_ROLE, ALLYBOT_PG_PASSWORD, ALLYBOT_PG_DATABASE (letters, digits and _ only).
set -euo pipefail

exec 9>&1 1>&2 # everything but the final export line goes to stderr

role=${ALLYBOT_PG_ROLE:-allybot_test}
password=${ALLYBOT_PG_PASSWORD:-allybot_test_pw}
database=${ALLYBOT_PG_DATABASE:-allybot_test}
for value in "$role" "$password" "$database"; do
  if [[ ! $value =~ ^[A-Za-z0-9_]+$ ]]; then
    echo "postgres.sh: role, password and database may hold letters, digits and _ only" >&2
    exit 2
  fi
done

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres.sh: run as root (it installs packages and starts the cluster as the postgres user)" >&2
  exit 2
fi

if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "== apt-get install postgresql"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
echo "== PostgreSQL $version"

if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  echo "== pg_createcluster $version main"
  pg_createcluster "$version" main >/dev/null
fi

# The socket folder lives under /run, which a restarted container may have lost.
install -d -o postgres -g postgres -m 2775 /var/run/postgresql

status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
if [ "$status" != "online" ]; then
  echo "== pg_ctlcluster $version main start (port $port, 127.0.0.1)"
  # listen_addresses as an option, so the cluster's own configuration files stay untouched. The server must not
  # inherit our stdout or stderr: a caller piping this script (| tail -1) would otherwise wait for it forever.
  start_log=$(mktemp)
  if ! pg_ctlcluster "$version" main start -- -o "-c listen_addresses=127.0.0.1" </dev/null >"$start_log" 2>&1 9>&-; then
    cat "$start_log" >&2
    rm -f "$start_log"
    exit 1
  fi
  rm -f "$start_log"
fi

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }

for _ in $(seq 1 60); do
  if runuser -u postgres -- pg_isready -q -p "$port"; then break; fi
  sleep 0.5
done

echo "== role $role and database $database"
psql_admin -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END
\$\$;
-- Tests drop their databases WITH (FORCE), which also ends an autovacuum worker that happens to be in one; without
-- this role, that drop fails (42501) whenever autovacuum picked the database right then.
GRANT pg_signal_backend TO $role;
SQL
if [ -z "$(psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
  psql_admin -d postgres -c "CREATE DATABASE $database OWNER $role"
fi

# Ready means: a password login over TCP on 127.0.0.1 works, as the tests will do it.
ready=""
for _ in $(seq 1 60); do
  if PGPASSWORD=$password psql -X -q -h 127.0.0.1 -p "$port" -U "$role" -d "$database" -tAc "SELECT 1" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "postgres.sh: PostgreSQL $version on 127.0.0.1:$port does not accept $role; see /var/log/postgresql/postgresql-$version-main.log" >&2
  exit 1
fi

echo "== ready on 127.0.0.1:$port"
echo "export ALLYBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database'" >&9
