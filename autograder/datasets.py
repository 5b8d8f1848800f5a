"""Datasets for the lessons: two small real ones shipped with the course, and generated 2-D sets.

Examples are columns: every ``X`` has shape ``(n_x, m)``; binary labels ``Y`` have shape ``(1, m)``;
multi-class labels are one-hot, shape ``(C, m)``. Sources and licences: ``autograder/data/README.md``.
"""
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"


def _split(X, Y, test_fraction, seed):
    """Shuffle the columns with ``seed`` and cut off the last ``test_fraction`` as a test set."""
    m = X.shape[1]
    order = np.random.default_rng(seed).permutation(m)
    cut = m - int(round(m * test_fraction))
    train, test = order[:cut], order[cut:]
    return X[:, train], Y[:, train], X[:, test], Y[:, test]


def breast_cancer(test_fraction=0.2, seed=0):
    """Breast Cancer Wisconsin (Diagnostic), standardised with the training set's mean and std.

    Returns:
    X_train -- (30, m_train); Y_train -- (1, m_train), 1.0 = malignant
    X_test -- (30, m_test); Y_test -- (1, m_test)
    """
    table = np.loadtxt(DATA / "breast_cancer.csv.gz", delimiter=",", skiprows=1)
    X, Y = table[:, :-1].T, table[:, -1:].T
    X_train, Y_train, X_test, Y_test = _split(X, Y, test_fraction, seed)
    mean, std = X_train.mean(axis=1, keepdims=True), X_train.std(axis=1, keepdims=True)
    return (X_train - mean) / std, Y_train, (X_test - mean) / std, Y_test


def breast_cancer_feature_names():
    """The 30 feature names, in the row order of ``X``."""
    import gzip
    with gzip.open(DATA / "breast_cancer.csv.gz", "rt") as f:
        return f.readline().strip().split(",")[:-1]


def one_hot(labels, C):
    """(m,) integer labels -> (C, m) one-hot float array."""
    Y = np.zeros((C, labels.size))
    Y[labels, np.arange(labels.size)] = 1.0
    return Y


def digits(test_fraction=0.2, seed=0):
    """8x8 handwritten digits, pixels scaled to [0, 1].

    Returns:
    X_train -- (64, m_train); Y_train -- one-hot (10, m_train)
    X_test -- (64, m_test); Y_test -- one-hot (10, m_test)
    Reshape a column with ``x.reshape(8, 8)`` to see the image; ``Y.argmax(axis=0)`` gives the digits.
    """
    table = np.loadtxt(DATA / "digits.csv.gz", delimiter=",", skiprows=1)
    X = table[:, :-1].T / 16.0
    Y = one_hot(table[:, -1].astype(int), 10)
    return _split(X, Y, test_fraction, seed)


def flower(m=400, petals=4, noise=0.2, rng=None):
    """A two-class 'flower' in the plane that no straight line separates.

    Returns:
    X -- (2, m) points; Y -- (1, m) labels 0.0/1.0 (alternate petals)
    """
    rng = np.random.default_rng(0) if rng is None else rng
    half = m // 2
    X, Y = np.zeros((2, m)), np.zeros((1, m))
    for label in (0, 1):
        idx = slice(label * half, (label + 1) * half if label == 0 else m)
        n = X[:, idx].shape[1]
        # each class takes half of the turn, so alternate petals belong to alternate classes
        theta = np.linspace(label * np.pi, (label + 1) * np.pi, n) + rng.standard_normal(n) * noise
        radius = 4 * np.sin(petals * theta) + rng.standard_normal(n) * noise
        X[:, idx] = np.vstack([radius * np.sin(theta), radius * np.cos(theta)])
        Y[0, idx] = label
    return X, Y


def moons(m=400, noise=0.15, rng=None):
    """Two interleaving half circles. Returns X (2, m) and Y (1, m)."""
    rng = np.random.default_rng(0) if rng is None else rng
    top = m // 2
    t_top, t_bottom = np.linspace(0, np.pi, top), np.linspace(0, np.pi, m - top)
    X = np.hstack([np.vstack([np.cos(t_top), np.sin(t_top)]),
                   np.vstack([1 - np.cos(t_bottom), 0.5 - np.sin(t_bottom)])])
    X = X + rng.standard_normal(X.shape) * noise
    Y = np.hstack([np.zeros((1, top)), np.ones((1, m - top))])
    return X, Y


def circles(m=400, noise=0.1, factor=0.5, rng=None):
    """A small circle (label 1) inside a large one (label 0). Returns X (2, m) and Y (1, m)."""
    rng = np.random.default_rng(0) if rng is None else rng
    outer = m // 2
    t_out, t_in = np.linspace(0, 2 * np.pi, outer, endpoint=False), np.linspace(0, 2 * np.pi, m - outer, endpoint=False)
    X = np.hstack([np.vstack([np.cos(t_out), np.sin(t_out)]), factor * np.vstack([np.cos(t_in), np.sin(t_in)])])
    X = X + rng.standard_normal(X.shape) * noise
    Y = np.hstack([np.zeros((1, outer)), np.ones((1, m - outer))])
    return X, Y
