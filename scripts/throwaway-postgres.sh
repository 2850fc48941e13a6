#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL server for tests and benchmarks (DESIGN.md).
#   eval "$(scripts/throwaway-postgres.sh start [PORT])"   → exports XINPING_PG_BASE and XINPING_PG_URL
#   scripts/throwaway-postgres.sh stop "$XINPING_PG_BASE"
set -euo pipefail
bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin_dir" ] || { echo "未找到 PostgreSQL 服务端程序(apt-get install -y postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

case "${1:-}" in
  start)
    base=$(mktemp -d /tmp/xinping-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$base"
    as_owner "$bin_dir/initdb -D $base/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
    # A random port can be taken by another server (or by another throwaway server started at the same moment):
    # skip ports that answer, and try another one when the server still fails to bind.
    for attempt in 1 2 3 4 5 6 7 8; do
      port=${2:-$(( 55000 + RANDOM % 5000 ))}
      if [ -z "${2:-}" ] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
      if as_owner "$bin_dir/pg_ctl -D $base/data -l $base/log -w -o '-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${XINPING_PG_OPTIONS:-}' start" >/dev/null; then
        echo "export XINPING_PG_BASE=$base XINPING_PG_URL=postgres://postgres@127.0.0.1:$port/postgres"
        exit 0
      fi
      [ -z "${2:-}" ] || break
    done
    echo "PostgreSQL 测试服务器未能启动(端口 $port),日志:$base/log" >&2
    exit 1
    ;;
  stop)
    base=${2:?base directory}
    as_owner "$bin_dir/pg_ctl -D $base/data -m fast -w stop" >/dev/null || true
    rm -rf "$base"
    ;;
  *)
    echo "usage: $0 start [PORT] | stop BASE" >&2
    exit 2
    ;;
esac
