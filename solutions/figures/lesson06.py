"""Figures of lesson 06, optimisers: averaging and bias correction, the update rules, and the contour quiz."""
import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Ellipse, FancyArrowPatch, FancyBboxPatch

from . import arrow, canvas, figure

BLUE, ORANGE, GREEN, RED, GREY = "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#7f7f7f"


# --- 1. the exponentially weighted average and its bias correction ----------------------------------------

@figure("06_ewa_weights.svg")
def ewa_weights():
    """The weights beta^k (1 - beta) of the past gradients, the shortfall at t = 3, and 1 / (1 - beta^t)."""
    beta = 0.9
    fig = Figure(figsize=(12.5, 3.4))
    grid = fig.add_gridspec(1, 3, width_ratios=[2.2, 1.1, 1.4], wspace=0.35)

    # (a) after many steps: weights on g_t, g_{t-1}, ... decay by beta per step and sum to 1 - beta^t ~ 1
    ax = fig.add_subplot(grid[0])
    k = np.arange(30)
    weights = beta ** k * (1 - beta)
    ax.bar(-k, weights, width=0.7, color=BLUE)
    ax.annotate(r"$(1-\beta)$", xy=(0, weights[0]), xytext=(-9, 0.104), fontsize=12,
                arrowprops=dict(arrowstyle="->", color="k"), va="center")
    ax.annotate(r"$(1-\beta)\,\beta^{k}$", xy=(-12, weights[12]), xytext=(-19, 0.07), fontsize=12,
                arrowprops=dict(arrowstyle="->", color="k"), va="center")
    span = 1 / (1 - beta)
    ax.annotate("", xy=(-span + 0.5, 0.115), xytext=(0.5, 0.115),
                arrowprops=dict(arrowstyle="<->", color=GREY))
    ax.text(-span / 2 + 0.5, 0.12, r"$\approx 1/(1-\beta) = 10$ steps", ha="center", va="bottom", fontsize=11)
    ax.set_xticks([0, -5, -10, -20, -29])
    ax.set_xticklabels([r"$g_t$", r"$g_{t-5}$", r"$g_{t-10}$", r"$g_{t-20}$", r"$g_{t-29}$"], fontsize=11)
    ax.set_ylim(0, 0.14)
    ax.set_ylabel("weight in $v_t$", fontsize=11)
    ax.set_title(r"$v_t = \sum_k (1-\beta)\,\beta^k g_{t-k}$,  $\beta = 0.9$", fontsize=12)
    ax.text(-28.5, 0.04, r"$\sum = 1-\beta^t$", fontsize=12)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

    # (b) at t = 3 only three gradients exist: the weights sum to 1 - beta^3; dividing by it restores 1
    ax = fig.add_subplot(grid[1])
    k3 = np.arange(3)
    raw = beta ** k3 * (1 - beta)
    corrected = raw / (1 - beta ** 3)
    ax.bar(-k3, corrected, width=0.7, color="none", edgecolor=ORANGE, linewidth=1.5, linestyle="--",
           label=r"$\div\,(1-\beta^3)$")
    ax.bar(-k3, raw, width=0.7, color=BLUE, label=r"$(1-\beta)\beta^k$")
    ax.set_xticks([0, -1, -2])
    ax.set_xticklabels([r"$g_3$", r"$g_2$", r"$g_1$"], fontsize=11)
    ax.set_ylim(0, 0.72)
    ax.set_title(r"$t = 3$", fontsize=12)
    ax.text(-1, 0.40, f"$\\sum$ = {raw.sum():.3f} $\\to$ 1", ha="center", fontsize=11)
    ax.legend(fontsize=10, loc="upper center", frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)

    # (c) the correction factor 1 / (1 - beta^t): large at the start, 1 later
    ax = fig.add_subplot(grid[2])
    t = np.arange(1, 101)
    for b, colour, label in ((0.9, BLUE, r"$\beta_1 = 0.9$"), (0.999, ORANGE, r"$\beta_2 = 0.999$")):
        ax.plot(t, 1 / (1 - b ** t), color=colour, lw=2, label=label)
    ax.axhline(1, color=GREY, lw=0.8, ls="--")
    ax.set_yscale("log")
    ax.set_xlabel("step $t$", fontsize=11)
    ax.set_title(r"$1/(1-\beta^t)$", fontsize=12)
    ax.legend(fontsize=10, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


# --- 2. the four update rules as block diagrams ----------------------------------------------------------

def _box(ax, x, y, text, colour="white", width=2.6, height=0.6):
    """A rounded box centred at (x, y) holding math text; returns its (left, right) edges."""
    ax.add_patch(FancyBboxPatch((x - width / 2, y - height / 2), width, height,
                                boxstyle="round,pad=0.02,rounding_size=0.12", facecolor=colour, edgecolor="k",
                                linewidth=1.2))
    ax.text(x, y, text, ha="center", va="center", fontsize=12)
    return x - width / 2, x + width / 2


def _arrow(ax, start, end, colour="k", style="-|>", rad=0.0):
    arrow(ax, start, end, colour, style=style, rad=rad, lw=1.2, scale=12)


def _memory(ax, x, y, width, label, below=False):
    """A loop from the right of a state box back to its left: the state is kept for the next step."""
    sign = -1 if below else 1
    ax.add_patch(FancyArrowPatch((x + width / 2 - 0.15, y + sign * 0.3), (x - width / 2 + 0.15, y + sign * 0.3),
                                 arrowstyle="-|>", mutation_scale=10, color=GREEN, lw=1.1,
                                 connectionstyle=f"arc3,rad={0.45 * sign}", shrinkA=0, shrinkB=0))
    ax.text(x, y + sign * 0.78, label, ha="center", va="top" if below else "bottom", fontsize=10, color=GREEN)


@figure("06_update_rules.svg")
def update_rules():
    """Gradient descent, momentum, RMSProp and Adam, each a chain of boxes from the gradient g to the step."""
    fig, ax = canvas(13, 7.2, (-0.3, 13.8), (-0.5, 9.4), equal=False)
    state_colour, step_colour = "#e6f2e6", "#fde8d0"
    rows = {"gd": 8.4, "momentum": 6.5, "rmsprop": 4.6, "adam_v": 2.55, "adam_s": 0.75}
    x_g, x_state, x_fix, x_step, x_size = 1.5, 4.3, 7.3, 10.0, 12.6

    def name(y, text):
        ax.text(-0.2, y, text, ha="left", va="center", fontsize=12, weight="bold")

    def g(y):
        ax.text(x_g, y, "$g$", ha="center", va="center", fontsize=14)

    # gradient descent
    y = rows["gd"]
    name(y, "GD")
    g(y)
    left, right = _box(ax, x_step, y, r"$\theta \leftarrow \theta - \alpha\, g$", step_colour, width=2.6)
    _arrow(ax, (x_g + 0.25, y), (left, y))
    ax.text(x_size, y, r"$|\Delta\theta| \propto \alpha\,|g|$", ha="center", va="center", fontsize=12)

    # momentum
    y = rows["momentum"]
    name(y, "momentum")
    g(y)
    sl, sr = _box(ax, x_state, y, r"$v \leftarrow \beta v + (1-\beta)\, g$", state_colour, width=3.0)
    _memory(ax, x_state, y, 3.0, "$v$ kept")
    left, right = _box(ax, x_step, y, r"$\theta \leftarrow \theta - \alpha\, v$", step_colour, width=2.6)
    _arrow(ax, (x_g + 0.25, y), (sl, y))
    _arrow(ax, (sr, y), (left, y))
    ax.text(x_size, y, r"$|\Delta\theta| \propto \alpha\,|g|$", ha="center", va="center", fontsize=12)

    # RMSProp
    y = rows["rmsprop"]
    name(y, "RMSProp")
    g(y)
    sl, sr = _box(ax, x_state, y, r"$s \leftarrow \beta_2 s + (1-\beta_2)\, g^2$", state_colour, width=3.2)
    _memory(ax, x_state, y, 3.2, "$s$ kept")
    left, right = _box(ax, x_step, y, r"$\theta \leftarrow \theta - \alpha\, \dfrac{g}{\sqrt{s} + \varepsilon}$",
                       step_colour, width=2.9, height=0.9)
    _arrow(ax, (x_g + 0.25, y), (sl, y))
    _arrow(ax, (sr, y), (left, y))
    _arrow(ax, (x_g, y - 0.3), (left + 0.2, y - 0.42), colour=GREY, rad=0.12)
    ax.text(x_size, y, r"$|\Delta\theta| \approx \alpha$", ha="center", va="center", fontsize=12)

    # Adam: the two averages, each bias-corrected, then one step
    yv, ys = rows["adam_v"], rows["adam_s"]
    name((yv + ys) / 2, "Adam")
    ax.text(x_g, (yv + ys) / 2, "$g$", ha="center", va="center", fontsize=14)
    vl, vr = _box(ax, x_state, yv, r"$v \leftarrow \beta_1 v + (1-\beta_1)\, g$", state_colour, width=3.2)
    _memory(ax, x_state, yv, 3.2, "$v$ kept")
    s_l, s_r = _box(ax, x_state, ys, r"$s \leftarrow \beta_2 s + (1-\beta_2)\, g^2$", state_colour, width=3.2)
    _memory(ax, x_state, ys, 3.2, "$s$ kept", below=True)
    cvl, cvr = _box(ax, x_fix, yv, r"$\hat v = \dfrac{v}{1-\beta_1^{\,t}}$", width=2.0, height=0.9)
    csl, csr = _box(ax, x_fix, ys, r"$\hat s = \dfrac{s}{1-\beta_2^{\,t}}$", width=2.0, height=0.9)
    left, right = _box(ax, x_step, (yv + ys) / 2,
                       r"$\theta \leftarrow \theta - \alpha\, \dfrac{\hat v}{\sqrt{\hat s} + \varepsilon}$",
                       step_colour, width=2.9, height=0.9)
    _arrow(ax, (x_g + 0.2, (yv + ys) / 2 + 0.15), (vl, yv), rad=-0.15)
    _arrow(ax, (x_g + 0.2, (yv + ys) / 2 - 0.15), (s_l, ys), rad=0.15)
    _arrow(ax, (vr, yv), (cvl, yv))
    _arrow(ax, (s_r, ys), (csl, ys))
    _arrow(ax, (cvr, yv), (left + 0.3, (yv + ys) / 2 + 0.3), rad=-0.15)
    _arrow(ax, (csr, ys), (left + 0.3, (yv + ys) / 2 - 0.3), rad=0.15)
    ax.text(x_size, (yv + ys) / 2, r"$|\Delta\theta| \approx \alpha$", ha="center", va="center", fontsize=12)

    # column headings
    for x, text in ((x_g, "gradient"), (x_state, "state, kept"), (x_fix, "bias correction"), (x_step, "step"),
                    (x_size, "step size")):
        ax.text(x, 9.25, text, ha="center", va="center", fontsize=11, color=GREY)
    ax.plot([-0.2, 13.7], [9.0, 9.0], color=GREY, lw=0.6)
    return fig


# --- 3. the contour quiz: an elongated bowl ---------------------------------------------------------------

BOWL = (0.2, 4.0)  # J(w, b) = (0.2 w^2 + 4 b^2) / 2: gentle along w, steep along b


def bowl_grad(w, b):
    return BOWL[0] * w, BOWL[1] * b


def bowl_paths(start=(-9.0, 1.6), num_steps=30):
    """The three paths of the quiz, in the order a, b, c: gradient descent with rate 0.45 (it zigzags across
    the valley), momentum with beta = 0.9 and rate 0.8 (the course's form), gradient descent with rate 0.1."""
    def run(rate, beta=0.0):
        p, v, path = np.array(start), np.zeros(2), [start]
        for _ in range(num_steps):
            v = beta * v + (1 - beta) * np.array(bowl_grad(*p))
            p = p - rate * v
            path.append(tuple(p))
        return np.array(path)
    return {"a": run(0.45), "b": run(0.8, 0.9), "c": run(0.1)}


def _bowl(ax, xlim=(-10.5, 10.5), ylim=(-2.6, 2.6)):
    for level in (0.25, 1, 2.5, 5, 8, 12):
        # 0.1 w^2 + 2 b^2 = level: semi-axes sqrt(level / 0.1) and sqrt(level / 2)
        ax.add_patch(Ellipse((0, 0), 2 * np.sqrt(level / 0.1), 2 * np.sqrt(level / 2), facecolor="none",
                             edgecolor=GREY, lw=0.8))
    ax.plot(0, 0, "k+", ms=12, mew=1.5)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_aspect("equal")
    ax.set_xlabel("$w$", fontsize=12)
    ax.set_ylabel("$b$", fontsize=12)
    ax.set_xticks([])
    ax.set_yticks([])


@figure("06_contour_paths.svg")
def contour_paths():
    """Three paths of 30 steps from the same start over an elongated bowl, labelled a, b, c."""
    fig = Figure(figsize=(10, 3.2))
    ax = fig.add_subplot(1, 1, 1)
    _bowl(ax)
    paths = bowl_paths()
    where = {"a": (1, (0.0, -0.55)), "b": (int(np.argmax(paths["b"][:, 0])), (0.55, 0.0)), "c": (-1, (0.0, 0.85))}
    for (label, path), colour in zip(paths.items(), (BLUE, GREEN, ORANGE)):
        ax.plot(path[:, 0], path[:, 1], ".-", color=colour, lw=1.4, ms=5)
        k, offset = where[label]
        ax.text(*(path[k] + np.array(offset)), label, fontsize=14, weight="bold", color=colour,
                ha="center", va="center")
    ax.plot(*paths["a"][0], "k*", ms=14)
    return fig


@figure("06_contour_step.svg")
def contour_step():
    """A point X on a contour of the bowl and four candidate directions for one gradient-descent step."""
    fig = Figure(figsize=(10, 4.0))
    ax = fig.add_subplot(1, 1, 1)
    _bowl(ax, ylim=(-3.4, 3.6))
    x = np.array([-6.0, np.sqrt((5 - 3.6) / 2)])  # on the contour J = 5
    gw, gb = bowl_grad(*x)
    downhill = -np.array([gw, gb]) / np.hypot(gw, gb)
    tangent = np.array([-downhill[1], downhill[0]])
    to_min = -x / np.hypot(*x)
    length = 2.4
    arrows = {"a": to_min, "b": downhill, "c": tangent, "d": -downhill}
    for (label, direction), colour in zip(arrows.items(), (BLUE, ORANGE, GREEN, RED)):
        end = x + length * direction
        ax.add_patch(FancyArrowPatch(tuple(x), tuple(end), arrowstyle="-|>", mutation_scale=16, color=colour, lw=2))
        ax.text(*(x + (length + 0.45) * direction), label, fontsize=14, weight="bold", color=colour,
                ha="center", va="center")
    ax.plot(*x, "ko", ms=6)
    ax.text(x[0] - 0.3, x[1] + 0.2, "X", fontsize=13, ha="right", va="bottom")
    return fig
