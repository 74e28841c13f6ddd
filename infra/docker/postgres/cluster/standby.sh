#!/bin/sh
# Entrypoint of the compose cluster profile's postgres-standby (runs as postgres): on an empty data volume, a copy
# of postgres-primary; -R writes standby.signal and primary_conninfo, so the server starts as a hot standby that
# streams from it. Then the image's own entrypoint starts the server with the service's command.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  PGPASSWORD="$POSTGRES_PASSWORD" pg_basebackup -h postgres-primary -U "$POSTGRES_USER" -D "$PGDATA" -R -X stream -c fast
  chmod 700 "$PGDATA"
fi
exec docker-entrypoint.sh "$@"
