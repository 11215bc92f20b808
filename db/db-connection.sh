# Sourced by db/backup.sh and db/restore.sh: where the database is and which client to use.
#
# Settings (environment variables), first match wins:
#   KUNDLOFTE_DB_HOST, KUNDLOFTE_DB_PORT, KUNDLOFTE_DB_NAME, KUNDLOFTE_DB_USER, KUNDLOFTE_DB_PASSWORD
#   otherwise taken from SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (the portal's own settings)
#   otherwise the embedded server: 127.0.0.1, port 3307, database kundlofte, user root, no password.
#   KUNDLOFTE_DB_SSL=off|on      TLS to the server; default off for 127.0.0.1/localhost, else on.
#   KUNDLOFTE_DB_CLIENT_DIR      directory holding mariadb and mariadb-dump; default the binaries
#                                the embedded server unpacked (data/mariadb-server/bin), else PATH.

kl_project_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

kl_fail() {
  echo "ERROR: $*" >&2
  exit 1
}

kl_url_host="" kl_url_port="" kl_url_db=""
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  # jdbc:mariadb://host[:port]/database[?parameters]
  if [[ "$SPRING_DATASOURCE_URL" =~ ^jdbc:(mariadb|mysql)://([^:/?,]+)(:([0-9]+))?/([^?]*) ]]; then
    kl_url_host=${BASH_REMATCH[2]}
    kl_url_port=${BASH_REMATCH[4]:-3306}
    kl_url_db=${BASH_REMATCH[5]}
  else
    kl_fail "cannot read host, port and database from SPRING_DATASOURCE_URL=$SPRING_DATASOURCE_URL; set KUNDLOFTE_DB_HOST, KUNDLOFTE_DB_PORT and KUNDLOFTE_DB_NAME"
  fi
fi

DB_HOST=${KUNDLOFTE_DB_HOST:-${kl_url_host:-127.0.0.1}}
DB_PORT=${KUNDLOFTE_DB_PORT:-${kl_url_port:-3307}}
DB_NAME=${KUNDLOFTE_DB_NAME:-${kl_url_db:-kundlofte}}
if [ -n "${KUNDLOFTE_DB_USER:-}" ]; then
  DB_USER=$KUNDLOFTE_DB_USER
  DB_PASSWORD=${KUNDLOFTE_DB_PASSWORD:-}
elif [ -n "$kl_url_host" ]; then
  DB_USER=${SPRING_DATASOURCE_USERNAME:-root}
  DB_PASSWORD=${KUNDLOFTE_DB_PASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}
else
  DB_USER=root
  DB_PASSWORD=${KUNDLOFTE_DB_PASSWORD:-}
fi
case "$DB_HOST" in
  127.0.0.1 | localhost | ::1) DB_SSL=${KUNDLOFTE_DB_SSL:-off} ;;
  *) DB_SSL=${KUNDLOFTE_DB_SSL:-on} ;;
esac
# Without an external URL a local server is probably the portal's embedded one.
if [ -z "$kl_url_host" ] && [ "$DB_SSL" = off ]; then DB_EMBEDDED=yes; else DB_EMBEDDED=no; fi

if [[ ! "$DB_NAME" =~ ^[A-Za-z0-9_]+$ ]]; then
  kl_fail "database name '$DB_NAME' must consist of letters, digits and _"
fi

# The client programs: an explicit directory, the embedded server's own, or PATH.
kl_find_client() { # name, fallback name
  local dir
  for dir in "${KUNDLOFTE_DB_CLIENT_DIR:-}" "$kl_project_dir/data/mariadb-server/bin"; do
    if [ -n "$dir" ] && [ -x "$dir/$1" ]; then
      echo "$dir/$1"
      return
    fi
  done
  if [ -n "${KUNDLOFTE_DB_CLIENT_DIR:-}" ]; then
    kl_fail "KUNDLOFTE_DB_CLIENT_DIR=$KUNDLOFTE_DB_CLIENT_DIR holds no executable $1"
  fi
  command -v "$1" 2>/dev/null || command -v "$2" 2>/dev/null ||
    kl_fail "$1 not found: start the portal once (it unpacks the embedded server's programs into data/mariadb-server/bin), install the MariaDB client (apt-get install mariadb-client) or set KUNDLOFTE_DB_CLIENT_DIR"
}
MARIADB=$(kl_find_client mariadb mysql)
MARIADB_DUMP=$(kl_find_client mariadb-dump mysqldump)

# Credentials go into a private option file, never on the command line (ps would show them).
kl_options=$(mktemp "${TMPDIR:-/tmp}/kundlofte-db.XXXXXX")
trap 'rm -f "$kl_options"' EXIT
chmod 600 "$kl_options"
kl_escaped_password=${DB_PASSWORD//\\/\\\\}
kl_escaped_password=${kl_escaped_password//\"/\\\"}
{
  echo "[client]"
  echo "host=$DB_HOST"
  echo "port=$DB_PORT"
  echo "user=$DB_USER"
  echo "password=\"$kl_escaped_password\""
  echo "protocol=TCP"
  echo "default-character-set=utf8mb4"
  if [ "$DB_SSL" = "off" ]; then echo "skip-ssl"; fi
} >"$kl_options"

# mariadb with the connection settings; further arguments as given.
kl_sql() {
  "$MARIADB" --defaults-extra-file="$kl_options" --connect-timeout=10 "$@"
}

kl_require_server() {
  local output
  if ! output=$(kl_sql --batch --skip-column-names -e "SELECT 1" 2>&1); then
    echo "ERROR: the MariaDB server at $DB_HOST:$DB_PORT is not reachable as user '$DB_USER':" >&2
    echo "  $output" >&2
    if [ "$DB_EMBEDDED" = yes ]; then
      echo "  The embedded database runs only while the portal runs: start it first (./mvnw spring-boot:run" >&2
      echo "  or java -jar target/kundlofte-*.jar) and keep it running during the backup or restore." >&2
    else
      echo "  Check KUNDLOFTE_DB_HOST/PORT/USER/PASSWORD (or SPRING_DATASOURCE_URL/USERNAME/PASSWORD)." >&2
    fi
    exit 2
  fi
}

# Number of base tables in a database (0 when it does not exist).
kl_table_count() {
  kl_sql --batch --skip-column-names -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$1' AND table_type = 'BASE TABLE'"
}

kl_trigger_count() {
  kl_sql --batch --skip-column-names -e \
    "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '$1'"
}
