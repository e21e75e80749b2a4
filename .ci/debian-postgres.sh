#!/usr/bin/env bash
# Runs a command against a throwaway cluster of Debian's PostgreSQL 15 server (the production path:
# the operator's own database), with DATABASE_URL pointing at it; stops and removes the cluster after.
# Usage: .ci/debian-postgres.sh PORT COMMAND...
set -euo pipefail
port=$1
shift
bin=/usr/lib/postgresql/15/bin
dir=$(mktemp -d /tmp/opsdeck-debian-pg.XXXXXX)
chmod 755 "$dir"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
echo smoke-password >"$dir/pw" && [ "$(id -u)" = 0 ] && chown postgres "$dir/pw"
as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/pw" --encoding=UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir" start >/dev/null
stop() { as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; rm -rf "$dir"; }
trap stop EXIT
PGPASSWORD=smoke-password "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres opsdeck
echo "Debian PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
DATABASE_URL="postgresql://postgres:smoke-password@127.0.0.1:$port/opsdeck" "$@"
