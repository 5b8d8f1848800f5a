"""The recipes in deploy/ for grading a class over several machines: the Kubernetes indexed Job, the Slurm
job array and the container image (text checks: no container runtime here) hand each task its --shard."""
import hashlib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from nbgrader_course import REPO, Course

yaml = pytest.importorskip("yaml")  # the dev extra installs it

DEPLOY = REPO / "deploy"
STEM = "01_logistic_regression"


def _shard(student, n):
    return int(hashlib.sha256(student.encode("utf-8")).hexdigest(), 16) % n


def _header(path):
    """The leading comment block (after a shebang), which says how to use the recipe."""
    lines = path.read_text().splitlines()
    lines = lines[1:] if lines and lines[0].startswith("#!") else lines
    header = []
    for line in lines:
        if not line.startswith("#") or line.startswith("#SBATCH"):
            break
        header.append(line)
    return "\n".join(header)


@pytest.mark.parametrize("name", ["Containerfile", "kubernetes-job.yaml", "slurm-array.sh", "parallel.sh"])
def test_every_recipe_says_how_to_use_it(name):
    header = _header(DEPLOY / name)
    assert len(header.splitlines()) >= 3 and "--shard" in header + (DEPLOY / name).read_text()


# --- Kubernetes ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def job():
    documents = [d for d in yaml.safe_load_all((DEPLOY / "kubernetes-job.yaml").read_text()) if d]
    assert len(documents) == 1
    return documents[0]


def test_the_kubernetes_job_is_an_indexed_job_with_retries_per_index(job):
    assert job["apiVersion"] == "batch/v1" and job["kind"] == "Job"
    spec = job["spec"]
    assert spec["completionMode"] == "Indexed"
    assert isinstance(spec["completions"], int) and spec["completions"] >= 1
    assert 1 <= spec["parallelism"] <= spec["completions"]
    assert isinstance(spec["backoffLimitPerIndex"], int) and spec["backoffLimitPerIndex"] >= 0
    assert 0 <= spec["maxFailedIndexes"] <= spec["completions"]
    # backoffLimitPerIndex (and podFailurePolicy) require pods that are not restarted in place
    assert spec["template"]["spec"]["restartPolicy"] == "Never"
    for rule in spec.get("podFailurePolicy", {}).get("rules", []):
        assert rule["action"] in ("FailIndex", "FailJob", "Ignore", "Count")


def test_each_pod_grades_the_shard_of_its_completion_index(job):
    spec = job["spec"]
    (container,) = spec["template"]["spec"]["containers"]
    argv = container.get("command", []) + container.get("args", [])
    assert argv[:2] == ["dlnp", "autograde"]
    shard = argv[argv.index("--shard") + 1]
    assert shard == f"$(JOB_COMPLETION_INDEX)/{spec['completions']}"  # N is the number of completions
    assert STEM in argv[2:]
    assert container["workingDir"] == "/course"
    for rule in spec.get("podFailurePolicy", {}).get("rules", []):
        assert rule.get("onExitCodes", {}).get("containerName", container["name"]) == container["name"]


def test_the_course_root_is_a_shared_volume_and_the_gradebook_url_a_secret(job):
    pod = job["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    (mount,) = [m for m in container["volumeMounts"] if m["mountPath"] == container["workingDir"]]
    assert "claimName" in volumes[mount["name"]]["persistentVolumeClaim"]
    env = {e["name"]: e for e in container["env"]}
    secret = env["DLNP_DB_URL"]["valueFrom"]["secretKeyRef"]
    assert secret["name"] and secret["key"]
    # the course's configuration takes the gradebook's URL from that variable
    config = (DEPLOY.parent / "nbgrader_config.py").read_text()
    assert 'c.CourseDirectory.db_url = os.environ["DLNP_DB_URL"]' in config


# --- Slurm -----------------------------------------------------------------------------------------------

@pytest.fixture()
def stub(tmp_path):
    """A folder holding a `dlnp` that records its arguments and working directory."""
    folder = tmp_path / "bin"
    folder.mkdir()
    record = tmp_path / "dlnp-args"
    (folder / "dlnp").write_text(f'#!/bin/sh\npwd > {shlex.quote(str(record))}\n'
                                 f'for a in "$@"; do echo "$a" >> {shlex.quote(str(record))}; done\n')
    (folder / "dlnp").chmod(0o755)
    return folder, record


def _sbatch(args, env, path):
    """Run the Slurm script as a task of the array would (bash, the variables Slurm sets)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM_", "DLNP_")) and k != "ASSIGNMENT"}
    return subprocess.run(["bash", str(DEPLOY / "slurm-array.sh"), *args], env=dict(clean, PATH=path, **env),
                          capture_output=True, text=True, timeout=120)


def test_the_slurm_array_sets_its_size_and_shard(stub, tmp_path):
    folder, record = stub
    text = (DEPLOY / "slurm-array.sh").read_text()
    array = re.search(r"^#SBATCH --array=0-(\d+)\s*$", text, re.M)
    assert array, "the array must be 0-(N-1)"
    path = f"{folder}{os.pathsep}{os.environ['PATH']}"
    env = {"SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": str(int(array[1]) + 1),
           "SLURM_SUBMIT_DIR": str(tmp_path), "SLURM_CPUS_PER_TASK": "3"}
    result = _sbatch([STEM], env, path)
    assert result.returncode == 0, result.stderr
    cwd, *argv = record.read_text().splitlines()
    assert Path(cwd) == tmp_path  # the course root it was submitted from
    assert argv[0] == "autograde" and STEM in argv
    assert argv[argv.index("--shard") + 1] == "2/4" and argv[argv.index("--jobs") + 1] == "3"


def test_the_slurm_script_falls_back_to_an_explicit_n(stub, tmp_path):
    folder, record = stub
    path = f"{folder}{os.pathsep}{os.environ['PATH']}"
    env = {"SLURM_ARRAY_TASK_ID": "1", "DLNP_SHARDS": "3", "SLURM_SUBMIT_DIR": str(tmp_path), "ASSIGNMENT": STEM}
    result = _sbatch([], env, path)  # Slurm < 19.05 sets no SLURM_ARRAY_TASK_COUNT; the assignment from the env
    assert result.returncode == 0, result.stderr
    argv = record.read_text().splitlines()[1:]
    assert argv[argv.index("--shard") + 1] == "1/3" and argv[-1] == STEM
    missing = _sbatch([STEM], {"SLURM_ARRAY_TASK_ID": "1", "SLURM_SUBMIT_DIR": str(tmp_path)}, path)
    assert missing.returncode != 0 and "DLNP_SHARDS" in missing.stderr


def test_the_slurm_tasks_share_out_the_class(tmp_path):
    """The real dlnp (--list-students): the two tasks of a two-task array list every student once."""
    students = ["ada", "alan", "grace", "edsger", "barbara"]
    (tmp_path / "course" / "solutions" / "source").mkdir(parents=True)
    course = Course(tmp_path / "course", [])
    for student in students:
        (course.root / "submitted" / student / STEM).mkdir(parents=True)
    path = f"{os.path.dirname(sys.executable)}{os.pathsep}{os.environ['PATH']}"
    listed = []
    for k in range(2):
        env = {"SLURM_ARRAY_TASK_ID": str(k), "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_SUBMIT_DIR": str(course.root)}
        result = _sbatch([STEM, "--list-students"], env, path)
        assert result.returncode == 0, result.stdout + result.stderr
        listed.append(result.stdout.split())
        assert listed[k] == sorted(s for s in students if _shard(s, 2) == k)
    assert sorted(listed[0] + listed[1]) == sorted(students)


# --- the container image and GNU parallel ----------------------------------------------------------------

def test_the_image_installs_bubblewrap_and_the_instructor_tools():
    text = (DEPLOY / "Containerfile").read_text()
    instructions = [line for line in re.sub(r"\\\n", " ", text).splitlines() if line and not line.startswith("#")]
    assert instructions[0] == "FROM python:3.11-slim"
    assert any(re.search(r"apt-get install\b.*\bbubblewrap\b", line) for line in instructions)
    assert any(re.search(r"pip install\b.*\"\.\[instructor\]\"", line) for line in instructions)
    workdir = [line.split()[1] for line in instructions if line.startswith("WORKDIR")]
    assert workdir == ["/course"]
    for line in instructions:  # what the image copies exists in the course root
        if line.startswith("COPY"):
            for source in line.split()[1:-1]:
                assert (REPO / source).exists(), source
    assert "seccomp=unconfined" in text and 'sandbox = "auto"' in text  # user namespaces for bubblewrap


def test_the_parallel_recipe_is_a_valid_script():
    script = DEPLOY / "parallel.sh"
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True)
    assert result.returncode == 2 and "usage:" in result.stderr
    assert "--shard {}/$shards" in script.read_text()
