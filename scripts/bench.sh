#!/usr/bin/env bash
# Runs a benchmark (see bench/README.md): bash scripts/bench.sh foundation|residents|activities|points|surveys|assemblies|disclosure|deliberation|mediation|care|grants|stations|dashboards|hosts
# The residents, activities, points, surveys, assemblies, disclosure, deliberation, mediation, care, grants, stations and dashboards benchmarks run on SQLite and on a private, throwaway PostgreSQL server started here;
# hosts runs two Linli hosts on that server behind nginx (installed here when missing) and restarts the server mid-rush.
set -euo pipefail
cd "$(dirname "$0")/.."
benchmark=${1:-residents}

bash scripts/prerequisites.sh
dotnet build bench/Linli.Bench -c Release -nologo -clp:ErrorsOnly
case "$benchmark" in
  residents|activities|points|surveys|assemblies|disclosure|deliberation|mediation|care|grants|stations|dashboards)
    source scripts/postgres.sh
    dotnet run -c Release --no-build --project bench/Linli.Bench -- "$benchmark" "$LINLI_TEST_POSTGRES"
    ;;
  hosts)
    command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
    source scripts/postgres.sh
    restart="$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/server.log -m fast -w restart >/dev/null"
    [ "$(id -u)" -eq 0 ] && restart="runuser -u postgres -- $restart"
    dotnet run -c Release --no-build --project bench/Linli.Bench -- hosts "$LINLI_TEST_POSTGRES" "$restart"
    ;;
  *)
    dotnet run -c Release --no-build --project bench/Linli.Bench -- "$@"
    ;;
esac
