#!/usr/bin/env bash
# Consistent backup of the Kundlöfte database into one SQL file (gzip-compressed when the name
# ends in .gz). Tables, data and the triggers that keep the demand summaries; one transaction,
# so the portal keeps working and the copy is consistent (all tables are InnoDB).
#
#   db/backup.sh [FILE]        default FILE: backups/<database>-<UTC time>.sql.gz
#
# Connection settings: see db/db-connection.sh (default: the embedded server on 127.0.0.1:3307,
# which runs only while the portal runs). Exit codes: 0 done, 1 failed, 2 server not reachable.
set -euo pipefail

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
. "$(dirname "$0")/db-connection.sh"

file=${1:-$kl_project_dir/backups/$DB_NAME-$(date -u +%Y%m%d-%H%M%S).sql.gz}
mkdir -p "$(dirname "$file")"

kl_require_server
tables=$(kl_table_count "$DB_NAME")
if [ "$tables" -eq 0 ]; then
  kl_fail "database '$DB_NAME' on $DB_HOST:$DB_PORT has no tables; nothing to back up"
fi
triggers=$(kl_trigger_count "$DB_NAME")

echo "Backing up database '$DB_NAME' on $DB_HOST:$DB_PORT ($tables tables, $triggers triggers) with $MARIADB_DUMP"
partial="$file.partial"
trap 'rm -f "$kl_options" "$partial"' EXIT
dump=(
  "$MARIADB_DUMP" --defaults-extra-file="$kl_options"
  --single-transaction --quick --routines --triggers --hex-blob
  --default-character-set=utf8mb4 --add-drop-table
  "$DB_NAME"
)
# The dump names no database (no CREATE DATABASE / USE), so it can be restored under any name.
if [[ "$file" == *.gz ]]; then
  "${dump[@]}" | gzip -c >"$partial" || kl_fail "mariadb-dump failed (see above); no backup written"
  last=$(gzip -dc "$partial" | tail -n 1)
else
  "${dump[@]}" >"$partial" || kl_fail "mariadb-dump failed (see above); no backup written"
  last=$(tail -n 1 "$partial")
fi
if [[ "$last" != "-- Dump completed"* ]]; then
  kl_fail "the dump did not complete (last line: '$last'); no backup written"
fi
mv "$partial" "$file"
echo "Backup written to $file ($(du -h "$file" | cut -f1))"
echo "Restore it with: db/restore.sh --into NEW_DATABASE $file   (or --replace to overwrite '$DB_NAME')"
