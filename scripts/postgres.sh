#!/usr/bin/env bash
# Sourced by test.sh: starts a private, throwaway PostgreSQL cluster for the test run on a free port
# and exports LINLI_TEST_POSTGRES. The cluster is stopped and deleted when the run ends.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/linli-pg.XXXXXX)
pg_port=55432
# The first port on which nothing answers.
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done

as_pg() {
  # initdb refuses to run as root; the postgresql package brings a postgres user for that.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o \
  "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null

stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

export LINLI_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
echo "postgres: $("$pg_bin/postgres" --version) on port $pg_port"
