#!/usr/bin/env bash
# Restores a backup made by db/backup.sh (.sql or .sql.gz).
#
#   db/restore.sh --into DATABASE FILE   into DATABASE, which must not exist or be empty
#   db/restore.sh --replace FILE         into the configured database, replacing all its tables
#   (--into DATABASE --replace FILE replaces the tables of DATABASE)
#
# Without --replace the restore refuses to touch a database that has tables. The embedded server
# runs only while the portal runs; after --replace restart the portal so that it reads the
# restored data (Liquibase then upgrades an older backup to the current schema). To use a database
# restored --into another name, start the portal with KUNDLOFTE_EMBEDDED_DB_DATABASE=DATABASE
# (embedded) or with that name in SPRING_DATASOURCE_URL. Connection settings: db/db-connection.sh.
# Triggers are recreated with the restoring user as definer (needs the TRIGGER privilege).
# Exit codes: 0 done, 1 failed, 2 server not reachable, 3 refused (target not empty), 64 usage.
set -euo pipefail

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
}
into="" replace=no file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --into) into=${2:-}; [ -n "$into" ] || { usage >&2; exit 64; }; shift 2 ;;
    --into=*) into=${1#--into=}; shift ;;
    --replace) replace=yes; shift ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "Unknown option $1" >&2; usage >&2; exit 64 ;;
    *) [ -z "$file" ] || { usage >&2; exit 64; }; file=$1; shift ;;
  esac
done
if [ -z "$file" ]; then usage >&2; exit 64; fi
if [ -z "$into" ] && [ "$replace" = no ]; then
  echo "ERROR: say where to restore: --into NEW_DATABASE, or --replace to overwrite the configured database." >&2
  exit 64
fi
if [ -n "$into" ]; then KUNDLOFTE_DB_NAME=$into; export KUNDLOFTE_DB_NAME; fi
. "$(dirname "$0")/db-connection.sh"

[ -r "$file" ] || kl_fail "cannot read $file"
if [[ "$file" == *.gz ]]; then reader=(gzip -dc "$file"); else reader=(cat "$file"); fi
# Only a complete dump of one database's tables is restored, before anything is dropped.
first=$("${reader[@]}" | head -n 5 || true)
last=$("${reader[@]}" | tail -n 1)
if [[ "$first" != *"dump"* ]] || [[ "$last" != "-- Dump completed"* ]]; then
  kl_fail "$file is not a complete mariadb-dump file (made by db/backup.sh); nothing restored"
fi
if [ "$("${reader[@]}" | grep -cE '^(USE |CREATE DATABASE )' || true)" -gt 0 ]; then
  kl_fail "$file selects or creates a database of its own; restore only backups made by db/backup.sh"
fi

kl_require_server
tables=$(kl_table_count "$DB_NAME")
if [ "$tables" -gt 0 ] && [ "$replace" = no ]; then
  echo "REFUSED: database '$DB_NAME' on $DB_HOST:$DB_PORT already has $tables tables." >&2
  echo "  Restore --into a new database name, or add --replace to drop its tables and restore." >&2
  exit 3
fi

kl_sql -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci"
if [ "$tables" -gt 0 ]; then
  echo "Replacing the $tables tables of '$DB_NAME' on $DB_HOST:$DB_PORT"
  # Drop views and tables (their triggers go with them) but keep the database itself, so that
  # open connections of a running portal stay valid.
  drops=$(kl_sql --batch --skip-column-names -e "
    SELECT CONCAT('DROP ', IF(table_type = 'VIEW', 'VIEW', 'TABLE'), ' IF EXISTS \`', table_name, '\`;')
    FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
  kl_sql --database="$DB_NAME" -e "SET FOREIGN_KEY_CHECKS = 0; $drops"
fi

echo "Restoring $file into '$DB_NAME' on $DB_HOST:$DB_PORT with $MARIADB"
# Triggers (and routines) are recreated with the restoring user as their definer: the original
# definer may not exist on this server (the embedded server, which runs without grant tables,
# even records an empty one).
without_definers=(sed -E
  -e '/^\/\*!50003 CREATE\*\/ /s#/\*!50017 DEFINER=[^*]*\*/ ##'
  -e 's#^CREATE DEFINER=`[^`]*`(@`[^`]*`)? #CREATE #')
if ! "${reader[@]}" | "${without_definers[@]}" | kl_sql --database="$DB_NAME"; then
  kl_fail "the restore stopped with an error; database '$DB_NAME' is incomplete"
fi
echo "Restored: $(kl_table_count "$DB_NAME") tables, $(kl_trigger_count "$DB_NAME") triggers in '$DB_NAME'"
if [ "$tables" -gt 0 ]; then
  echo "Restart the portal now so that it reads the restored data."
fi
