#!/usr/bin/env bash
# Runs the tests against Debian's MariaDB 10.11 (the oldest server the portal supports) instead of
# the embedded 11.4: a private server on its own data directory and port, started here and stopped
# at the end. Used by .ci/run after `./mvnw verify`; can be run alone after a build.
#
#   .ci/external-mariadb.sh [extra Maven arguments]
#
# Environment: KUNDLOFTE_CI_MARIADB_PORT (default 3406).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/sbin/mariadbd ] || ! command -v mariadb-install-db >/dev/null 2>&1; then
  echo "Installing mariadb-server for the second test run"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Debian's policy-rc.d keeps the packaged service from starting in containers; either way the
  # server below is our own.
  apt-get install -y -qq mariadb-server >/dev/null
fi

port=${KUNDLOFTE_CI_MARIADB_PORT:-3406}
work=$(mktemp -d "${TMPDIR:-/tmp}/kundlofte-mariadb.XXXXXX")
socket="$work/mariadbd.sock"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

as_root=()
if [ "$(id -u)" -eq 0 ]; then as_root=(--user=root); fi # mariadbd refuses root unless told

mariadb-install-db --no-defaults "${as_root[@]}" --datadir="$work/data" \
  --auth-root-authentication-method=socket --skip-test-db >"$work/install.log" 2>&1 ||
  { cat "$work/install.log"; exit 1; }

# The same server options the embedded MariaDB gets (se.kundlofte.base.db.EmbeddedMariaDb).
/usr/sbin/mariadbd --no-defaults "${as_root[@]}" --datadir="$work/data" --port="$port" \
  --socket="$socket" --pid-file="$work/mariadbd.pid" --log-error="$work/error.log" \
  --bind-address=127.0.0.1 --skip-ssl \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_swedish_ci --default-time-zone=+00:00 &
server_pid=$!

for _ in $(seq 1 60); do
  if mariadb-admin --no-defaults --socket="$socket" --user=root ping >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/error.log"; exit 1; fi
  sleep 0.5
done

# A fresh database and a user with a password, as a real deployment would have. The tests create
# and drop scratch databases beside it (upgrade and backup tests), hence the global grant.
password="ci-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
mariadb --no-defaults --socket="$socket" --user=root <<SQL
CREATE DATABASE kundlofte CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
CREATE USER 'kundlofte'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON *.* TO 'kundlofte'@'127.0.0.1';
SQL

export SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$port/kundlofte?sslMode=disable"
export SPRING_DATASOURCE_USERNAME=kundlofte
export SPRING_DATASOURCE_PASSWORD="$password"
echo "Tests against $(mariadb --no-defaults --socket="$socket" --user=root -N -e 'SELECT VERSION()') at $SPRING_DATASOURCE_URL"
# The browser smoke test is left out: it tests the browser side, not the database.
./mvnw test -Dtest='!BrowserSmokeTest' -Dsurefire.failIfNoSpecifiedTests=false "$@"
