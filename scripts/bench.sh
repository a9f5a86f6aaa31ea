#!/usr/bin/env bash
# Runs a benchmark (see bench/README.md): bash scripts/bench.sh foundation|residents|activities|points|surveys
# The residents, activities, points and surveys benchmarks run on SQLite and on a private, throwaway PostgreSQL server started here.
set -euo pipefail
cd "$(dirname "$0")/.."
benchmark=${1:-residents}

bash scripts/prerequisites.sh
dotnet build bench/Linli.Bench -c Release -nologo -clp:ErrorsOnly
case "$benchmark" in
  residents|activities|points|surveys)
    source scripts/postgres.sh
    dotnet run -c Release --no-build --project bench/Linli.Bench -- "$benchmark" "$LINLI_TEST_POSTGRES"
    ;;
  *)
    dotnet run -c Release --no-build --project bench/Linli.Bench -- "$@"
    ;;
esac
