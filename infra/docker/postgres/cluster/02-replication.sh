#!/bin/sh
# Runs once, on the first start of the compose cluster profile's postgres-primary (empty data volume): lets
# postgres-standby stream from it. The image's own pg_hba.conf admits replication from localhost only.
echo "host replication $POSTGRES_USER all scram-sha-256" >>"$PGDATA/pg_hba.conf"
