"""One training step of an MLP 784-256-128-10 with the reference library, against PyTorch on the CPU.

The step is forward (LINEAR -> RELU -> LINEAR -> RELU -> LINEAR), softmax cross-entropy, backward and a
plain gradient-descent update, on a batch of 128 random examples. The NumPy side is built only from the
reference library (``solutions.backpropagation`` and ``solutions.activations``); the PyTorch side is the
same network written with plain tensors in the course's layout (examples are columns), differentiated by
autograd and updated under ``torch.no_grad()``.

Both sides train: every step starts from the parameters the previous step left, as in a training loop
(PyTorch updates its tensors in place; the library returns new dicts, and the old ones are dropped). A
NumPy step that always restarted from the same parameters would throw its new ones away each time, an
allocation pattern no training loop has, and one that made glibc fault megabytes back in on every step.

Both sides do the same work. ``linear_backward`` always returns ``dA_prev``, so the library computes the
gradient with respect to the input ``X`` (``dA0``, a 784 x 256 x 128 product); autograd would skip it,
so the PyTorch input has ``requires_grad`` set and its gradient is computed too. The figure for PyTorch's
usual step, which leaves that gradient out, is printed alongside for reference.

Before timing, one step of each side starts from the same parameters and data, and the gradients, the
cost and the updated parameters must agree (``allclose``, dtype kept); otherwise the benchmark stops
with exit 1. Timing warms every side up, then runs rounds: in each round a block of steps of every side
in turn, the order rotating from round to round, so that all of them share the noise of a busy machine.
Reported are the median step times, the ratio of the medians and the median of the per-round ratios.
Only ratios measured in the same run mean anything. PyTorch runs with as many threads as NumPy's BLAS
(``--threads N`` sets both, through threadpoolctl). The OpenBLAS kernel NumPy runs is printed: with
``OPENBLAS_CORETYPE`` set, OpenBLAS uses that (older) kernel instead of the one for this processor, and the
figures are for that kernel.

The last columns count minor page faults per step. Each NumPy step allocates its arrays afresh; when
glibc hands the freed memory back to the system at the end of a step, the next step faults it in again,
page by page, and on some machines that costs as much as the arithmetic. A ratio that moves with these
counts is measuring the allocator, not the library's arithmetic.

PyTorch is optional (``pip install -e ".[bench]"``); without it the benchmark says so and exits 0.

    python benchmarks/bench_mlp.py [--steps 300] [--block 20] [--threads N] [--dtype float32 float64]
"""
import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

try:
    import resource  # page-fault counts; Unix only
except ImportError:
    resource = None

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere in a checkout

from solutions.activations import relu, relu_backward  # noqa: E402
from solutions.backpropagation import (  # noqa: E402
    linear_backward, linear_forward, softmax_cross_entropy, update_parameters)

LAYER_DIMS = [784, 256, 128, 10]
BATCH = 128
LEARNING_RATE = 0.1
SEED = 0
# float32 sums in a different order drift apart by a few units in the last place of the largest terms
TOLERANCE = {"float32": dict(rtol=1e-4, atol=1e-6), "float64": dict(rtol=1e-9, atol=1e-12)}


def numpy_blas():
    """NumPy's BLAS: (threads, where that count came from, a description of the library and its kernel).

    threadpoolctl knows all three when installed; without it the count comes from the usual variables.
    """
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        threadpool_info = None
    if threadpool_info is not None:
        for pool in threadpool_info():
            if pool["user_api"] == "blas":
                kernel = pool.get("architecture")
                library = f"{pool['internal_api']} {pool['version']}" + (f", kernel {kernel}" if kernel else "")
                return pool["num_threads"], "threadpoolctl", library
    unknown = "BLAS unknown (no threadpoolctl)"
    for name in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"):
        if os.environ.get(name, "").isdigit():
            return int(os.environ[name]), name, unknown
    return os.cpu_count() or 1, "os.cpu_count()", unknown


def make_problem(dtype):
    """He-scaled parameters, zero biases, a standard-normal batch and one-hot labels, all in dtype."""
    rng = np.random.default_rng(SEED)
    parameters = {}
    for l in range(1, len(LAYER_DIMS)):
        parameters[f"W{l}"] = (rng.standard_normal((LAYER_DIMS[l], LAYER_DIMS[l - 1]))
                               * np.sqrt(2 / LAYER_DIMS[l - 1])).astype(dtype)
        parameters[f"b{l}"] = np.zeros((LAYER_DIMS[l], 1), dtype=dtype)
    X = rng.standard_normal((LAYER_DIMS[0], BATCH)).astype(dtype)
    labels = rng.integers(0, LAYER_DIMS[-1], size=BATCH)
    Y = np.zeros((LAYER_DIMS[-1], BATCH), dtype=dtype)
    Y[labels, np.arange(BATCH)] = 1
    return parameters, X, Y, labels


def numpy_step(parameters, X, Y, learning_rate):
    """Forward, cost, backward and update with the reference library; returns (new parameters, cost, grads)."""
    Z1, cache1 = linear_forward(X, parameters["W1"], parameters["b1"])
    A1 = relu(Z1)
    Z2, cache2 = linear_forward(A1, parameters["W2"], parameters["b2"])
    A2 = relu(Z2)
    Z3, cache3 = linear_forward(A2, parameters["W3"], parameters["b3"])
    cost, dZ3 = softmax_cross_entropy(Z3, Y)
    dA2, dW3, db3 = linear_backward(dZ3, cache3)
    dA1, dW2, db2 = linear_backward(relu_backward(dA2, Z2), cache2)
    dA0, dW1, db1 = linear_backward(relu_backward(dA1, Z1), cache1)
    grads = {"dA0": dA0, "dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2, "dW3": dW3, "db3": db3}
    return update_parameters(parameters, grads, learning_rate), cost, grads


def make_torch_step(torch, parameters, X, labels, learning_rate, input_gradient):
    """The same step in PyTorch, on its own copies of the parameters and data.

    Returns (step, cost_of, tensors): step() runs forward, cost, backward and update; cost_of() only
    builds the graph up to the cost; tensors holds "W1", ..., "b3" and "X".
    """
    tensors = {key: torch.tensor(value, requires_grad=True) for key, value in parameters.items()}
    tensors["X"] = torch.tensor(X, requires_grad=input_gradient)
    labels_t = torch.tensor(labels)
    W1, b1, W2, b2, W3, b3, X_t = (tensors[key] for key in ("W1", "b1", "W2", "b2", "W3", "b3", "X"))

    def cost_of():
        A1 = torch.relu(W1 @ X_t + b1)
        A2 = torch.relu(W2 @ A1 + b2)
        Z3 = W3 @ A2 + b3
        # cross_entropy wants one row per example: the (C, m) scores, transposed (a view, not a copy)
        return torch.nn.functional.cross_entropy(Z3.T, labels_t)

    def step():
        cost = cost_of()
        cost.backward()
        with torch.no_grad():
            for p in (W1, b1, W2, b2, W3, b3):
                p.add_(p.grad, alpha=-learning_rate)
                p.grad = None
            X_t.grad = None
        return cost

    return step, cost_of, tensors


def check_agreement(torch, dtype):
    """One step from the same start on both sides: same cost, gradients (dA0 too) and updated parameters."""
    parameters, X, Y, labels = make_problem(dtype)
    new, cost, grads = numpy_step(parameters, X, Y, LEARNING_RATE)
    for key, value in {**new, **grads}.items():
        if value.dtype != np.dtype(dtype):
            return f"the library returned {key} as {value.dtype} for {dtype} inputs"
    step, cost_of, tensors = make_torch_step(torch, parameters, X, labels, LEARNING_RATE, input_gradient=True)
    torch_cost = cost_of()
    keys = ["W1", "b1", "W2", "b2", "W3", "b3", "X"]
    torch_grads = torch.autograd.grad(torch_cost, [tensors[key] for key in keys])  # leaves .grad alone
    theirs = {"d" + key: g.numpy() for key, g in zip(keys, torch_grads)}
    # the course's dA0 is the gradient of the per-example losses (no 1/m), PyTorch's of their mean
    theirs["dA0"] = theirs.pop("dX") * BATCH
    tol = TOLERANCE[dtype]
    problems = []
    if not np.isclose(cost, torch_cost.item(), **tol):
        problems.append(f"cost {cost} vs {torch_cost.item()}")
    step()
    theirs.update({key: tensors[key].detach().numpy() for key in new})
    for key, value in {**grads, **new}.items():
        if theirs[key].dtype != value.dtype or not np.allclose(value, theirs[key], **tol):
            problems.append(f"{key}: largest difference {np.max(np.abs(value - theirs[key])):.3g}")
    return "; ".join(problems)


def minor_faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt if resource else 0


def bench(torch, dtype, steps, block, warmup=20, pause=0.1):
    """Time NumPy, PyTorch (same work) and PyTorch (no dX) in rounds of alternating blocks of steps.

    Before every block the process sleeps ``pause`` seconds and runs two untimed steps: OpenBLAS's idle
    threads keep spinning for tens of milliseconds after a call, and PyTorch's OpenMP threads for a while
    too; stepping straight from one library to the other would time that spinning as the next one's loss.

    Returns three lists, one entry per side: the median seconds per step, the median over the rounds of
    (NumPy's block median / this side's block median), and the minor page faults per timed step.
    """
    parameters, X, Y, labels = make_problem(dtype)
    same_work, _, same_tensors = make_torch_step(torch, parameters, X, labels, LEARNING_RATE, input_gradient=True)
    usual, _, usual_tensors = make_torch_step(torch, parameters, X, labels, LEARNING_RATE, input_gradient=False)
    trained = parameters

    def numpy_train_step():
        nonlocal trained
        trained = numpy_step(trained, X, Y, LEARNING_RATE)[0]

    runners = [numpy_train_step, same_work, usual]
    for run in runners:
        for _ in range(warmup):
            run()
    times = [[] for _ in runners]
    block_medians = [[] for _ in runners]
    faults = [0] * len(runners)
    for r in range(max(1, -(-steps // block))):
        for j in range(len(runners)):
            k = (r + j) % len(runners)
            time.sleep(pause)
            runners[k]()
            runners[k]()
            before = minor_faults()
            block_times = []
            for _ in range(block):
                start = time.perf_counter()
                runners[k]()
                block_times.append(time.perf_counter() - start)
            faults[k] += minor_faults() - before
            times[k] += block_times
            block_medians[k].append(statistics.median(block_times))
    finals = {"numpy": trained.values(),
              "torch": (same_tensors[key].detach().numpy() for key in parameters),
              "torch no dX": (usual_tensors[key].detach().numpy() for key in parameters)}
    for side, values in finals.items():
        if not all(np.isfinite(value).all() for value in values):
            # inf and nan run at other speeds than numbers, so the times would compare something else
            raise FloatingPointError(f"{dtype}: {side}'s parameters stopped being finite during the run")
    medians = [statistics.median(t) for t in times]
    paired = [statistics.median(a / b for a, b in zip(block_medians[0], m)) for m in block_medians]
    return medians, paired, [f / len(t) for f, t in zip(faults, times)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=300, help="timed steps of each side (default 300)")
    parser.add_argument("--block", type=int, default=20, help="steps of one side in a row (default 20)")
    parser.add_argument("--threads", type=int, default=None,
                        help="threads for both libraries (needs threadpoolctl); default: NumPy's own count")
    parser.add_argument("--dtype", nargs="+", default=["float32", "float64"], choices=["float32", "float64"])
    args = parser.parse_args(argv)

    try:
        import torch
    except ImportError:
        print("PyTorch is not installed: nothing to compare against, skipping "
              "(pip install -e \".[bench]\" to run this benchmark).")
        return 0

    if args.threads is not None:
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:
            print("--threads needs threadpoolctl (pip install threadpoolctl) to set NumPy's BLAS threads")
            return 2
        threadpool_limits(args.threads, user_api="blas")
    threads, source, blas = numpy_blas()
    torch.set_num_threads(threads)
    print(f"MLP {'-'.join(map(str, LAYER_DIMS))}, batch {BATCH}; NumPy {np.__version__} ({blas}), "
          f"PyTorch {torch.__version__}; threads: NumPy {threads} ({source}), PyTorch {torch.get_num_threads()}")
    if os.environ.get("OPENBLAS_CORETYPE"):
        print(f"OPENBLAS_CORETYPE={os.environ['OPENBLAS_CORETYPE']} is set: OpenBLAS runs that kernel, not the one "
              "it would pick for this processor (unset it to measure the default)")

    for dtype in args.dtype:
        problem = check_agreement(torch, dtype)
        if problem:
            print(f"{dtype}: the two steps disagree, so their times are not comparable: {problem}")
            return 1
    print("one step agrees: cost, gradients (dA0 too) and updated parameters allclose, dtype kept, in "
          + " and ".join(args.dtype))

    header = f"{'':<8} {'numpy':>8} {'torch':>8} {'ratio':>6} {'paired':>6}   {'torch no dX':>11} {'ratio':>6} {'paired':>6}"
    print(f"\nmedian ms per step\n{header}   page faults per step: numpy, torch, torch no dX")
    for dtype in args.dtype:
        (np_s, same_s, usual_s), (_, same_pair, usual_pair), faults = bench(torch, dtype, args.steps, args.block)
        print(f"{dtype:<8} {np_s * 1e3:8.3f} {same_s * 1e3:8.3f} {np_s / same_s:5.2f}x {same_pair:5.2f}x"
              f"   {usual_s * 1e3:11.3f} {np_s / usual_s:5.2f}x {usual_pair:5.2f}x   "
              + ", ".join(f"{f:.0f}" for f in faults))
    print("\nratio: NumPy median / PyTorch median, below 1 when the library is faster; paired: the median over"
          " the rounds\nof the same ratio between blocks run one after the other. torch does the library's work"
          " (dA0 included);\ntorch no dX is PyTorch's usual step, which skips the gradient with respect to the input."
          "\npage faults: minor faults per timed step (see the module docstring).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
