"""One file of checks per course module; importing them here registers the exercises in course order."""
import importlib
import importlib.util

MODULES = ("logistic_regression", "shallow_network", "backpropagation", "activations", "initialization",
           "optimizers")

for _module in MODULES:
    # a module whose checks are not written yet is simply not part of the course yet
    if importlib.util.find_spec(f"{__name__}.{_module}") is not None:
        importlib.import_module(f"{__name__}.{_module}")
