#!/usr/bin/env bash
# Usage: infra/dev/postgres-local.sh
# Starts a local PostgreSQL for development and tests, when the repository's .ci/postgres.sh is present (Debian,
# as root, no Docker: installs the postgresql package if needed, starts a cluster on 127.0.0.1, creates the role and
# database allybot_test) and prints its connection string. Use the printed line as:
#   eval "$(infra/dev/postgres-local.sh | tail -1)"     # sets ALLYBOT_TEST_POSTGRES for [Category("Postgres")] tests
# Without .ci/postgres.sh (or when not root on Debian) it only prints how to start PostgreSQL yourself.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
script="$root/.ci/postgres.sh"

print_manual_steps() {
  cat >&2 <<'TEXT'
Start PostgreSQL 16 locally in one of these ways, then point AllyBot at it:

  Docker:   docker run -d --name allybot-pg -e POSTGRES_USER=allybot -e POSTGRES_PASSWORD=allybot_dev \
              -e POSTGRES_DB=allybot -p 127.0.0.1:5432:5432 postgres:16
  Debian:   sudo apt-get install postgresql && sudo -u postgres createuser --pwprompt allybot \
              && sudo -u postgres createdb -O allybot allybot
  macOS:    brew install postgresql@16 && brew services start postgresql@16

  export Storage__Provider=Postgres
  export ConnectionStrings__AllyBot='Host=127.0.0.1;Port=5432;Database=allybot;Username=allybot;Password=allybot_dev'
  infra/dev/run-playground.sh
TEXT
}

if [ -f "$script" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "== using .ci/postgres.sh" >&2
  exec bash "$script"
fi

if [ -f "$script" ]; then
  echo "postgres-local.sh: .ci/postgres.sh needs root on a Debian-like system (apt-get); here it cannot run." >&2
else
  echo "postgres-local.sh: .ci/postgres.sh is not in this checkout." >&2
fi
print_manual_steps
exit 1
