# shellcheck shell=bash
# help: seed --users N --products N --orders N [--stores N] [--questions N] [--manuals N] [--catalog N] [--seed S]   deterministic dummy data (refused with SUITE_ENV=production)
cmd_seed() { "$ROOT/infra/suite/seed.sh" "$@"; }
