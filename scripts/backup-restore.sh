#!/usr/bin/env bash
# Backs up a PostgreSQL Linli with pg_dump and restores it with pg_restore into a new database, as
# docs/operations.md says, and checks that the restored Linli is the same one: the audit chain verifies with the
# same head, the residents are all there, and a token issued before the backup still opens it (the key ring is in
# the database; the field keys are the operator's). Run by scripts/test.sh; alone: bash scripts/backup-restore.sh
# after a Release build.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${LINLI_TEST_POSTGRES:-}" ] || source scripts/postgres.sh
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/linli-backup.XXXXXX)
app=src/Linli.Web/bin/Release/net10.0/Linli.Web.dll
port=5097
key() { head -c 32 /dev/urandom | base64; }
export Logging__LogLevel__Default=Warning Linli__Provider=Postgres Linli__Demo=true Linli__Admin__Password='Backup-pass-2026' Linli__Jobs__IntervalMinutes=0 \
  Linli__Encryption__ActiveKey=k1 Linli__Encryption__Keys__k1="$(key)" Linli__Encryption__LookupKey="$(key)" Linli__DataDirectory="$work/data"
server=$(sed -E 's/.*Host=([^;]+).*/\1/' <<<"$LINLI_TEST_POSTGRES")
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$LINLI_TEST_POSTGRES")
psql() { "$pg_bin/psql" -h "$server" -p "$pg_port" -U postgres -tAq "$@"; }
psql -d postgres -c "CREATE DATABASE linli_backup_source" -c "CREATE DATABASE linli_backup_restored"

serve() { # database -> runs Linli on it until the address answers
  ConnectionStrings__Linli="$LINLI_TEST_POSTGRES;Database=$1" dotnet "$app" --urls "http://127.0.0.1:$port" >"$work/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return; sleep 1; done
  echo "Linli did not start on $1"; cat "$work/$1.log"; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }
get() { curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$1"; }
head_of() { sed -E 's/.*"sequence":([0-9]+).*"hash":"([0-9a-f]+)".*/\1 \2/'; } # the newest entry of an audit page

serve linli_backup_source
token=$(curl -sf -H 'content-type: application/json' -d '{"userName":"admin","password":"Backup-pass-2026"}' \
  "http://127.0.0.1:$port/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
head_before=$(get "/api/v1/audit?limit=1" | head_of)
stop
residents_before=$(psql -d linli_backup_source -c 'SELECT count(*) FROM residents_residents')

"$pg_bin/pg_dump" -h "$server" -p "$pg_port" -U postgres -Fc -d linli_backup_source -f "$work/linli.dump"
"$pg_bin/pg_restore" -h "$server" -p "$pg_port" -U postgres -d linli_backup_restored --no-owner "$work/linli.dump"

ConnectionStrings__Linli="$LINLI_TEST_POSTGRES;Database=linli_backup_restored" dotnet "$app" audit verify
residents_after=$(psql -d linli_backup_restored -c 'SELECT count(*) FROM residents_residents')
serve linli_backup_restored
head_after=$(get "/api/v1/audit?limit=1" | head_of)
stop
psql -d postgres -c "DROP DATABASE linli_backup_source WITH (FORCE)" -c "DROP DATABASE linli_backup_restored WITH (FORCE)"
rm -rf "$work"

echo "residents: $residents_before before, $residents_after restored; audit head: $head_before before, $head_after restored (the token from before opened it)"
[ "$residents_before" -gt 0 ] && [ "$residents_before" = "$residents_after" ] && [ "$head_before" = "$head_after" ] \
  || { echo "backup-restore: the restored Linli differs"; exit 1; }
echo "backup-restore: passed"
