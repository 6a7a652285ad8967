#!/usr/bin/env bash
# postgres.sh ensure: makes sure the local PostgreSQL answers on 127.0.0.1:5432 for the tests.
# Starts a stopped Debian cluster; where loopback uses password authentication, gives the postgres role the test
# password (-Dpg.password, default "postgres") so the store tests can log in.
set -euo pipefail
[ "${1-}" = ensure ] || { echo "usage: $0 ensure" >&2; exit 2; }
password=${PG_PASSWORD:-postgres}

if ! command -v pg_lsclusters >/dev/null; then
  echo "PostgreSQL is not installed: the PostgreSQL store tests will report themselves as skipped." >&2
  exit 0
fi
version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$version" ]; then
  echo "No PostgreSQL cluster found: the PostgreSQL store tests will report themselves as skipped." >&2
  exit 0
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
if ! PGPASSWORD=$password psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD '$password'\"" >/dev/null
fi
PGPASSWORD=$password psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select version()'
