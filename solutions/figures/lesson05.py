"""Figures of lesson 05, initialization: the symmetry of equal weights, and the variance through a chain of layers."""
from matplotlib.patches import Circle, FancyArrowPatch, Rectangle

from . import canvas, figure

INPUT, HIDDEN, OUTPUT = "#d9d9d9", "#f4a261", "#8ecae6"
DISTINCT = ("#e76f51", "#2a9d8f", "#9b5de5")
EDGE = "#555555"


def _network(ax, x0, colours, edge_labels, title):
    """A 2-3-1 network whose left edge is at x0; ``colours`` fills the three hidden units."""
    inputs = [(x0, 2.6), (x0, 1.0)]
    hidden = [(x0 + 1.6, 3.1), (x0 + 1.6, 1.8), (x0 + 1.6, 0.5)]
    output = (x0 + 3.2, 1.8)
    for i, (xi, yi) in enumerate(inputs):
        for j, (xh, yh) in enumerate(hidden):
            ax.plot([xi, xh], [yi, yh], color=EDGE, lw=1.2, zorder=1)
    for xh, yh in hidden:
        ax.plot([xh, output[0]], [yh, output[1]], color=EDGE, lw=1.2, zorder=1)
    for (x, y), name in zip(inputs, ("$x_1$", "$x_2$")):
        ax.add_patch(Circle((x, y), 0.32, fc=INPUT, ec="black", zorder=2))
        ax.text(x, y, name, ha="center", va="center", fontsize=12, zorder=3)
    for (x, y), colour in zip(hidden, colours):
        ax.add_patch(Circle((x, y), 0.32, fc=colour, ec="black", zorder=2))
        ax.text(x, y, "$a$" if len(set(colours)) == 1 else "", ha="center", va="center", fontsize=12, zorder=3)
    ax.add_patch(Circle(output, 0.32, fc=OUTPUT, ec="black", zorder=2))
    ax.text(*output, r"$\hat y$", ha="center", va="center", fontsize=12, zorder=3)
    ax.text(x0 + 0.8, -0.45, edge_labels, ha="center", va="center", fontsize=12)
    ax.text(x0 + 1.6, 4.05, title, ha="center", va="center", fontsize=13)


@figure("05_symmetry.svg")
def symmetry():
    """Equal weights: the hidden units compute the same value, get the same gradient and stay equal after a step;
    random weights make them differ."""
    fig, ax = canvas(11, 3.6, (-0.5, 13.8), (-0.8, 4.4))
    _network(ax, 0.0, [HIDDEN] * 3, "every $w = c$", "start")
    ax.add_patch(FancyArrowPatch((3.75, 1.8), (5.05, 1.8), arrowstyle="-|>", mutation_scale=18, lw=1.5, color="black"))
    ax.text(4.4, 2.25, r"$W \leftarrow W - \alpha\, dW$", ha="center", va="bottom", fontsize=12)
    ax.text(4.4, 1.35, "rows of $dW$\nall equal", ha="center", va="top", fontsize=11)
    _network(ax, 5.5, [HIDDEN] * 3, r"every $w = c - \alpha\, dw$", "after a step")
    ax.plot([9.55, 9.55], [-0.7, 4.3], color="#999999", lw=1, ls="--")
    _network(ax, 10.1, DISTINCT, "random $w$", "random start")
    return fig


def _bars(ax, y, factor, label, colour, layers=6):
    """One row of bars, the variance of a[0] ... a[layers], each ``factor`` times the one before."""
    for l in range(layers + 1):
        height = 0.32 * factor ** l  # 0.32 is the height of variance 1
        ax.add_patch(Rectangle((1.1 * l, y), 0.7, height, fc=colour, ec="black", lw=0.6))
    ax.text(1.1 * (layers + 1) + 0.1, y + 0.25, label, ha="left", va="center", fontsize=12)


@figure("05_variance_chain.svg")
def variance_chain():
    """The variance of the signal through a chain of layers: each multiplies it by n·Var(w); above 1 it explodes,
    below 1 it vanishes, at 1 (Xavier; He for ReLU) it keeps its size."""
    fig, ax = canvas(11, 6.2, (-0.6, 16.2), (-1.5, 8.3), equal=False)
    # the chain
    names = [r"$\mathrm{Var}(a^{[0]})$", r"$\mathrm{Var}(a^{[1]})$", r"$\mathrm{Var}(a^{[2]})$", r"$\cdots$",
             r"$\mathrm{Var}(a^{[L]})$"]
    xs = [0.9, 3.7, 6.5, 8.75, 11.0]
    top = 6.6
    for i, (x, name) in enumerate(zip(xs, names)):
        boxed = name != r"$\cdots$"
        if boxed:
            ax.add_patch(Rectangle((x - 1.0, top - 0.4), 2.0, 0.8, fc="#edf2fb", ec="black", lw=1))
        ax.text(x, top, name, ha="center", va="center", fontsize=13)
        if i < len(xs) - 1:
            start = x + (1.05 if boxed else 0.35)
            end = xs[i + 1] - (1.05 if names[i + 1] != r"$\cdots$" else 0.35)
            ax.add_patch(FancyArrowPatch((start, top), (end, top), arrowstyle="-|>", mutation_scale=16, lw=1.3,
                                         color="black"))
            if i < 2:
                ax.text((start + end) / 2, top + 0.5, r"$\times\, n\,\mathrm{Var}(w)$", ha="center", va="bottom",
                        fontsize=12)
    ax.text(6.0, top + 1.35, r"$\mathrm{Var}(z^{[l]}) = n^{[l-1]}\,\mathrm{Var}(w)\,\mathrm{Var}(a^{[l-1]})$"
            r"$\qquad \Rightarrow \qquad \mathrm{Var}(a^{[L]}) = (n\,\mathrm{Var}(w))^{L}\,\mathrm{Var}(a^{[0]})$",
            ha="center", va="center", fontsize=13)
    # three rows of bars: the variance of layers 0..6 for a factor above, below and equal to 1
    _bars(ax, 2.6, 1.45, r"$n\,\mathrm{Var}(w) > 1$: explodes", "#e76f51")
    _bars(ax, 1.3, 0.6, r"$n\,\mathrm{Var}(w) < 1$: vanishes", "#8ecae6")
    _bars(ax, 0.0, 1.0, r"$n\,\mathrm{Var}(w) = 1$: steady", "#90be6d")
    ax.text(7.8, -0.3, r"Xavier: $\mathrm{Var}(w) = 1/n$", ha="left", va="top", fontsize=12)
    ax.text(7.8, -0.85, r"ReLU halves $E[a^2]$; He: $\mathrm{Var}(w) = 2/n$", ha="left", va="top", fontsize=12)
    for l in range(7):
        ax.text(1.1 * l + 0.35, -0.4, f"${l}$", ha="center", va="center", fontsize=11)
    ax.text(-0.35, -0.4, "$l$", ha="center", va="center", fontsize=11)
    return fig
