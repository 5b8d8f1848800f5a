#!/bin/bash
# Autograde a class on a Slurm cluster: a job array of N tasks, task K running
#   dlnp autograde ASSIGNMENT... --shard K/N
# (each student is graded by exactly one task). Submit from the course root (the folder with
# nbgrader_config.py, on a file system every node sees):
#
#   sbatch deploy/slurm-array.sh 01_logistic_regression [MORE ASSIGNMENTS or dlnp autograde options]
#   sbatch --array=0-7 deploy/slurm-array.sh 01_logistic_regression    # N = 8 shards instead of 4
#
# The array must be 0-(N-1) with no step (K is SLURM_ARRAY_TASK_ID as it is); a "%M" suffix limiting the
# tasks running at once is fine. N is SLURM_ARRAY_TASK_COUNT (Slurm >= 19.05), else DLNP_SHARDS.
# The assignment may also be given as ASSIGNMENT in the environment (sbatch --export=ALL,ASSIGNMENT=...).
# All tasks must share one gradebook database server: export DLNP_DB_URL=postgresql://... (the course's
# nbgrader_config.py reads it; SQLite on a shared file system is not safe across machines).
#SBATCH --job-name=dlnp-autograde
#SBATCH --array=0-3
#SBATCH --cpus-per-task=4
#SBATCH --mem=16G
#SBATCH --time=02:00:00
#SBATCH --output=autograde-%A_%a.log
set -euo pipefail

if [ "$#" -eq 0 ]; then
    set -- "${ASSIGNMENT:?usage: sbatch deploy/slurm-array.sh ASSIGNMENT... (or ASSIGNMENT=... in the environment)}"
fi
shards="${SLURM_ARRAY_TASK_COUNT:-${DLNP_SHARDS:?set DLNP_SHARDS to the number of array tasks (Slurm < 19.05)}}"
cd "${DLNP_COURSE_ROOT:-${SLURM_SUBMIT_DIR:-.}}"
if [ -f .venv/bin/activate ] && ! command -v dlnp >/dev/null; then
    . .venv/bin/activate  # the course's environment, when it is not active already
fi
# one worker per CPU of the task (not of the node); options given to the script come last and win
exec dlnp autograde --shard "${SLURM_ARRAY_TASK_ID:?run this with sbatch --array}/${shards}" \
    --jobs "${SLURM_CPUS_PER_TASK:-$(nproc)}" "$@"
