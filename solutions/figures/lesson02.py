"""Figures of lesson 02, the shallow network: a layer's shapes, the two-layer network, the two-node network."""
from matplotlib.patches import Circle, FancyArrowPatch, Rectangle

from . import canvas, figure

BLUE, RED, GREY, PALE = "#3b75af", "#c44e52", "#555555", "#dfe9f5"


def _grid(ax, x, y, rows, cols, size, face="white", edge=GREY, lw=0.8, alpha=1.0, ls="-"):
    """A matrix drawn as rows x cols cells, top-left corner at (x, y)."""
    for r in range(rows):
        for c in range(cols):
            ax.add_patch(Rectangle((x + c * size, y - (r + 1) * size), size, size, facecolor=face,
                                   edgecolor=edge, lw=lw, alpha=alpha, ls=ls))
    ax.add_patch(Rectangle((x, y - rows * size), cols * size, rows * size, fill=False, edgecolor="black", lw=1.4,
                           ls=ls, alpha=alpha))


def _cell(ax, x, y, row, col, size, colour):
    ax.add_patch(Rectangle((x + col * size, y - (row + 1) * size), size, size, facecolor=colour, edgecolor=GREY,
                           lw=0.8))


@figure("02_layer_shapes.svg")
def layer_shapes():
    """Z[1] = W[1] X + b[1] with n[1] = 3 units, n[0] = 2 features and m = 5 examples, drawn as grids of cells."""
    fig, ax = canvas(9.6, 3.0, (-0.3, 11.2), (-0.5, 2.7))
    s = 0.5  # the side of one cell
    top = 2.0
    # W: (3, 2), row j = 1 highlighted
    xW = 0.0
    _grid(ax, xW, top, 3, 2, s)
    for c in range(2):
        _cell(ax, xW, top, 1, c, s, "#f6c9a8")
    ax.text(xW + s, top + 0.3, "$W^{[1]}$", ha="center", fontsize=14)
    ax.text(xW + s, top - 3 * s - 0.35, "$(n^{[1]}, n^{[0]})$", ha="center", va="top", fontsize=12)
    # X: (2, 5), column i = 3 highlighted
    xX = 1.6
    _grid(ax, xX, top, 2, 5, s)
    for r in range(2):
        _cell(ax, xX, top, r, 3, s, "#bcd4ea")
    ax.text(xW + 2 * s + 0.3, top - 1.5 * s, "$\\times$", ha="center", va="center", fontsize=16)
    ax.text(xX + 2.5 * s, top + 0.3, "$X$", ha="center", fontsize=14)
    ax.text(xX + 2.5 * s, top - 3 * s - 0.35, "$(n^{[0]}, m)$", ha="center", va="top", fontsize=12)
    ax.text(xX + 2.5 * s, top - 2 * s - 0.12, "$m$ examples", ha="center", va="top", fontsize=10, color=GREY)
    # b: (3, 1), then its broadcast copies over the m columns
    xb = 4.6
    ax.text(xX + 5 * s + 0.3, top - 1.5 * s, "$+$", ha="center", va="center", fontsize=16)
    _grid(ax, xb, top, 3, 1, s, face="#d9ead3")
    _grid(ax, xb + s, top, 3, 4, s, face="#d9ead3", alpha=0.45, ls="--")
    ax.text(xb + 0.5 * s, top + 0.3, "$b^{[1]}$", ha="center", fontsize=14)
    ax.text(xb + 0.5 * s, top - 3 * s - 0.35, "$(n^{[1]}, 1)$", ha="center", va="top", fontsize=12)
    ax.add_patch(FancyArrowPatch((xb + 0.6 * s, top - 3 * s - 0.12), (xb + 4.6 * s, top - 3 * s - 0.12),
                                 arrowstyle="-|>", mutation_scale=12, color=GREY, lw=1.2))
    ax.text(xb + 3.3 * s, top + 0.3, "copied to $m$ columns", ha="center", fontsize=10, color=GREY)
    # Z: (3, 5), entry (1, 3) highlighted
    xZ = 7.7
    ax.text(xb + 5 * s + 0.35, top - 1.5 * s, "$=$", ha="center", va="center", fontsize=16)
    _grid(ax, xZ, top, 3, 5, s)
    _cell(ax, xZ, top, 1, 3, s, "#c9a6c9")
    ax.text(xZ + 2.5 * s, top + 0.3, "$Z^{[1]}$", ha="center", fontsize=14)
    ax.text(xZ + 2.5 * s, top - 3 * s - 0.35, "$(n^{[1]}, m)$", ha="center", va="top", fontsize=12)
    ax.text(xZ + 5 * s + 0.15, top - 0.5 * s, "one row\nper unit", ha="left", va="center", fontsize=10, color=GREY)
    return fig


def _unit(ax, x, y, label, colour, r=0.32, fontsize=12):
    ax.add_patch(Circle((x, y), r, facecolor="white", edgecolor=colour, lw=2))
    ax.text(x, y, label, ha="center", va="center", fontsize=fontsize)


def _link(ax, start, end, r=0.32, colour=GREY, lw=0.9, arrow=False):
    (x0, y0), (x1, y1) = start, end
    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    dx, dy = (x1 - x0) / length * r, (y1 - y0) / length * r
    ax.add_patch(FancyArrowPatch((x0 + dx, y0 + dy), (x1 - dx, y1 - dy), arrowstyle="-|>" if arrow else "-",
                                 mutation_scale=11, color=colour, lw=lw))


@figure("02_network.svg")
def network():
    """The network of the lesson: 2 inputs, 4 tanh hidden units, one sigmoid output, with parameters and shapes."""
    fig, ax = canvas(8.4, 4.6, (-0.8, 8.4), (-2.2, 4.6))
    inputs = [(0.0, 2.2), (0.0, 0.8)]
    hidden = [(3.0, y) for y in (3.0, 2.0, 1.0, 0.0)]
    output = (6.0, 1.5)
    for a in inputs:
        for h in hidden:
            _link(ax, a, h)
    for h in hidden:
        _link(ax, h, output)
    _link(ax, output, (7.6, 1.5), arrow=True, colour="black", lw=1.2)
    for (x, y), label in zip(inputs, ["$x_1$", "$x_2$"]):
        _unit(ax, x, y, label, GREY)
    for x, y in hidden:
        _unit(ax, x, y, "tanh", BLUE, fontsize=10)
    _unit(ax, *output, "$\\sigma$", RED, fontsize=14)
    ax.text(7.75, 1.5, "$\\hat{y}$", ha="left", va="center", fontsize=14)
    # parameters between the layers
    ax.text(1.5, 3.55, "$W^{[1]}\\ (n_h, n_x)$\n$b^{[1]}\\ (n_h, 1)$", ha="center", va="bottom", fontsize=12,
            color=BLUE)
    ax.text(4.6, 3.55, "$W^{[2]}\\ (1, n_h)$\n$b^{[2]}\\ (1, 1)$", ha="center", va="bottom", fontsize=12,
            color=RED)
    # what each layer holds for all m examples
    for x, text in [(0.0, "$X = A^{[0]}$\n$(n_x, m)$"), (3.0, "$A^{[1]}$\n$(n_h, m)$"),
                    (6.0, "$A^{[2]}$\n$(1, m)$")]:
        ax.text(x, -0.75, text, ha="center", va="top", fontsize=12)
    for x, text in [(0.0, "input"), (3.0, "hidden"), (6.0, "output")]:
        ax.text(x, -1.75, text, ha="center", va="top", fontsize=10, color=GREY)
    return fig


@figure("02_two_nodes.svg")
def two_nodes():
    """The two-node network of the hand-tuning section: x -> tanh(w1 x + b1) -> sigmoid(w a + b2)."""
    fig, ax = canvas(7.6, 1.9, (-0.6, 8.2), (-1.0, 1.0))
    x, h, o = (0.0, 0.0), (3.0, 0.0), (6.0, 0.0)
    _link(ax, x, h, r=0.36, colour="black", lw=1.2, arrow=True)
    _link(ax, h, o, r=0.36, colour="black", lw=1.2, arrow=True)
    _link(ax, o, (7.5, 0.0), r=0.36, colour="black", lw=1.2, arrow=True)
    _unit(ax, *x, "$x$", GREY, r=0.36, fontsize=14)
    _unit(ax, *h, "tanh", BLUE, r=0.36, fontsize=10)
    _unit(ax, *o, "$\\sigma$", RED, r=0.36, fontsize=14)
    ax.text(7.65, 0.0, "$\\hat{y}$", ha="left", va="center", fontsize=14)
    ax.text(1.5, 0.15, "$w_1 = 1$", ha="center", va="bottom", fontsize=12, color=BLUE)
    ax.text(3.0, -0.5, "$b_1 = 0$", ha="center", va="top", fontsize=12, color=BLUE)
    ax.text(4.5, 0.15, "$w$", ha="center", va="bottom", fontsize=14, color=RED)
    ax.text(6.0, -0.5, "$b_2 = 0$", ha="center", va="top", fontsize=12, color=RED)
    ax.text(3.0, 0.5, "$a = \\tanh(x)$", ha="center", va="bottom", fontsize=12)
    ax.text(6.0, 0.5, "$\\hat{y} = \\sigma(w\\, a)$", ha="center", va="bottom", fontsize=12)
    return fig
