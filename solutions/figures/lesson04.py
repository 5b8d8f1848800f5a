"""Figures of lesson 04, activations: linear layers collapsing into one, and the vanishing gradient as a chain."""
from matplotlib.figure import Figure
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Rectangle

from . import arrow, canvas, figure

BLUE, RED, GREY, PALE, GREEN, ORANGE = "#3b75af", "#c44e52", "#555555", "#dfe9f5", "#e3f1dc", "#fbe3cf"


def _box(ax, x, y, w, h, text, face=PALE, edge=BLUE, fontsize=13):
    """A rounded box centred at (x, y) with ``text`` in it."""
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02,rounding_size=0.12",
                                facecolor=face, edgecolor=edge, lw=1.6))
    ax.text(x, y, text, ha="center", va="center", fontsize=fontsize)


def _arrow(ax, start, end, colour=GREY, lw=1.4, scale=14, style="-|>", ls="-"):
    arrow(ax, start, end, colour, style=style, lw=lw, ls=ls, scale=scale)


@figure("04_collapse.svg")
def collapse():
    """Two linear layers W2(W1 x + b1) + b2 merge into one box W x + b; with a non-linearity g between, they do not."""
    fig, ax = canvas(9.0, 4.6, (-0.1, 10.6), (-0.1, 4.6))
    h = 0.75
    # row 1: the two linear layers, identity activation
    y1 = 4.0
    ax.text(0.2, y1, "$x$", ha="center", va="center", fontsize=15)
    _arrow(ax, (0.45, y1), (1.0, y1))
    _box(ax, 2.2, y1, 2.3, h, "$W^{[1]} x + b^{[1]}$")
    _arrow(ax, (3.4, y1), (4.3, y1))
    _box(ax, 5.7, y1, 2.7, h, "$W^{[2]}\\,(\\cdot) + b^{[2]}$")
    _arrow(ax, (7.1, y1), (7.7, y1))
    ax.text(8.0, y1, "$\\hat{y}$", ha="center", va="center", fontsize=15)
    ax.text(3.85, y1 + 0.2, "$g(z) = z$", ha="center", va="bottom", fontsize=11, color=GREY)
    # the merge: both boxes go down into one
    ax.add_patch(Rectangle((0.95, y1 - 0.55), 6.2, 1.1, fill=False, edgecolor=GREY, lw=1.0, ls="--"))
    _arrow(ax, (4.05, y1 - 0.6), (4.05, 2.55), colour=BLUE, lw=2.2, scale=20)
    ax.text(4.25, 3.0, "$=$", ha="left", va="center", fontsize=16, color=BLUE)
    # row 2: the single layer
    y2 = 2.1
    ax.text(1.9, y2, "$x$", ha="center", va="center", fontsize=15)
    _arrow(ax, (2.15, y2), (3.0, y2))
    _box(ax, 4.05, y2, 2.0, h, "$W x + b$", face=GREEN, edge="#4a8a3c")
    _arrow(ax, (5.1, y2), (5.95, y2))
    ax.text(6.25, y2, "$\\hat{y}$", ha="center", va="center", fontsize=15)
    ax.text(7.0, y2 + 0.2, "$W = W^{[2]} W^{[1]}$", ha="left", va="center", fontsize=12)
    ax.text(7.0, y2 - 0.3, "$b = W^{[2]} b^{[1]} + b^{[2]}$", ha="left", va="center", fontsize=12)
    # row 3: with a non-linear g between the layers there is no single W, b
    y3 = 0.45
    ax.plot([0.0, 10.4], [1.25, 1.25], color="#bbbbbb", lw=0.8)
    ax.text(0.2, y3, "$x$", ha="center", va="center", fontsize=15)
    _arrow(ax, (0.45, y3), (1.0, y3))
    _box(ax, 2.2, y3, 2.3, h, "$W^{[1]} x + b^{[1]}$")
    _arrow(ax, (3.4, y3), (3.75, y3))
    _box(ax, 4.15, y3, 0.7, h, "$g$", face=ORANGE, edge="#c9772f", fontsize=15)
    _arrow(ax, (4.55, y3), (4.9, y3))
    _box(ax, 6.25, y3, 2.6, h, "$W^{[2]}\\,(\\cdot) + b^{[2]}$")
    _arrow(ax, (7.6, y3), (8.1, y3))
    ax.text(8.4, y3, "$\\hat{y}$", ha="center", va="center", fontsize=15)
    ax.text(8.8, y3, "$\\neq W x + b$", ha="left", va="center", fontsize=13, color=RED)
    return fig


@figure("04_vanishing_chain.svg")
def vanishing_chain():
    """The gradient flowing back through a chain of sigmoid units shrinks by sigma'(z) w <= 1/4 at every link."""
    fig = Figure(figsize=(9.6, 4.8))
    ax = fig.add_axes([0, 0, 1, 1])
    n = 5  # z_1 ... z_5, then the loss
    xs = [1.0 + 1.8 * i for i in range(n + 1)]
    y = 3.0
    r = 0.36
    for i, x in enumerate(xs):
        label = f"$z_{i + 1}$" if i < n else "$\\mathcal{L}$"
        ax.add_patch(Circle((x, y), r, facecolor="white", edgecolor=BLUE if i < n else GREY, lw=2))
        ax.text(x, y, label, ha="center", va="center", fontsize=14)
    # forward links, each labelled with its local derivative
    for i in range(n):
        _arrow(ax, (xs[i] + r, y), (xs[i + 1] - r, y), colour=GREY, lw=1.2, scale=12)
        if i < n - 1:
            ax.text((xs[i] + xs[i + 1]) / 2, y + 0.5, f"$\\sigma'(z_{i + 1})\\, w_{i + 2}$", ha="center",
                    va="bottom", fontsize=12)
            ax.text((xs[i] + xs[i + 1]) / 2, y - 0.2, "$\\sigma' \\leq 1/4$", ha="center", va="top",
                    fontsize=11, color=RED)
    # backward: the gradient's arrow gets thinner by a factor 4 at every sigmoid link (with |w| = 1)
    yb = 1.95
    for i in range(n, 0, -1):
        size = 0.25 ** (n - i)  # the bound on |dL/dz_i| relative to |dL/dz_n|, for the arrow into z_i
        if i == n:
            size = 1.0
        ax.add_patch(FancyArrowPatch((xs[i] - 0.25, yb), (xs[i - 1] + 0.25, yb), arrowstyle="-|>",
                                     mutation_scale=10 + 14 * size, color=RED, lw=max(0.4, 9 * size),
                                     shrinkA=0, shrinkB=0))
    ax.text(xs[n] - 0.05, yb - 0.42, "backward", ha="right", va="center", fontsize=10, color=RED)
    # bars: the largest |dL/dz_l| can be, relative to |dL/dz_5|
    base, full = 0.0, 1.25
    labels = ["$1/256$", "$1/64$", "$1/16$", "$1/4$", "$1$"]
    for i in range(n):
        height = full * 0.25 ** (n - 1 - i)
        ax.add_patch(Rectangle((xs[i] - 0.3, base), 0.6, max(height, 0.012), facecolor=RED, edgecolor=RED,
                               alpha=0.75))
        ax.text(xs[i], base + max(height, 0.012) + 0.06, labels[i], ha="center", va="bottom", fontsize=12)
    ax.plot([xs[0] - 0.6, xs[n - 1] + 0.6], [base, base], color=GREY, lw=0.8)
    ax.text(xs[n] - 0.5, base + 0.55, "$|\\partial \\mathcal{L} / \\partial z_l|$ at most,\nif all $|w_l| \\leq 1$",
            ha="left", va="center", fontsize=11, color=GREY)
    # the formula
    ax.text((xs[0] + xs[n]) / 2, 4.45,
            "$\\dfrac{\\partial \\mathcal{L}}{\\partial z_1} = \\dfrac{\\partial \\mathcal{L}}{\\partial z_5}"
            "\\;\\prod_{l=1}^{4} \\sigma'(z_l)\\, w_{l+1}$", ha="center", va="center", fontsize=15)
    ax.set_xlim(0.2, xs[n] + 1.2)
    ax.set_ylim(-0.2, 4.9)
    ax.set_aspect("equal")
    ax.axis("off")
    return fig
