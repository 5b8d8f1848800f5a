#!/bin/bash
# Autograde a class over a few machines reached by ssh, with GNU parallel: N shards, one at a time per host,
# shard K running `dlnp autograde ASSIGNMENT... --shard K/N` on whichever host is free.
#
#   deploy/parallel.sh HOST[,HOST...] N ASSIGNMENT... [dlnp autograde options]
#   deploy/parallel.sh grader1,grader2 4 01_logistic_regression
#
# Every host needs the course root at the same path as here (or DLNP_COURSE_ROOT), with the course's
# environment in .venv, and all must share one gradebook database server (DLNP_DB_URL=postgresql://... in
# their environment, which the course's nbgrader_config.py reads). The exit status is the number of shards that failed (GNU parallel's).
set -euo pipefail
if [ "$#" -lt 3 ]; then
    echo "usage: $0 HOST[,HOST...] N ASSIGNMENT... [dlnp autograde options]" >&2
    exit 2
fi
hosts="$1" shards="$2"
shift 2
root="${DLNP_COURSE_ROOT:-$PWD}"
seq 0 $((shards - 1)) | parallel --sshlogin "$hosts" --jobs 1 --line-buffer --tagstring "shard {}/$shards" \
    "cd $(printf %q "$root") && . .venv/bin/activate && dlnp autograde --shard {}/$shards $(printf '%q ' "$@")"
