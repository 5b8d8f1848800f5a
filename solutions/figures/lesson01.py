"""Figures of lesson 01, logistic regression: the neuron with its shapes, the computation graph of the loss,
and the two layouts of a batch (examples as columns or as rows)."""
from matplotlib.patches import Circle, FancyBboxPatch, Rectangle

from . import arrow, canvas, figure

INK = "#222222"
BLUE = "#2b6cb0"
LIGHT = "#dbe8f6"
ORANGE = "#c05621"
PALE = "#fbe3d2"
BACK = "#c53030"


def _arrow(ax, start, end, colour=INK, style="-|>", lw=1.4, ls="-", rad=0.0):
    arrow(ax, start, end, colour, style=style, lw=lw, ls=ls, rad=rad)


def _matrix(ax, x0, y0, rows, cols, cell, face="white", mark=None, mark_face=LIGHT, texts=None, size=11):
    """A grid of rows x cols cells with its lower left corner at (x0, y0); ``mark`` = ("col", j) or ("row", i)
    fills one column or row; ``texts`` maps (i, j) to the text of a cell (row 0 is the top row)."""
    for i in range(rows):
        for j in range(cols):
            marked = mark is not None and ((mark[0] == "col" and j == mark[1]) or (mark[0] == "row" and i == mark[1]))
            ax.add_patch(Rectangle((x0 + j * cell, y0 + (rows - 1 - i) * cell), cell, cell,
                                   facecolor=mark_face if marked else face, edgecolor=INK, lw=1.0))
    for (i, j), text in (texts or {}).items():
        ax.text(x0 + (j + 0.5) * cell, y0 + (rows - 0.5 - i) * cell, text, ha="center", va="center", fontsize=size)


@figure("01_neuron.svg")
def neuron():
    """One example through the neuron (top), and m examples at once as the columns of X (bottom)."""
    fig, ax = canvas(8.6, 6.6, (0, 11.6), (0.3, 9.1))

    # --- top: one example ---------------------------------------------------------------------------------
    ax.text(0.1, 8.75, "one example", fontsize=12, weight="bold", color=INK)
    cell = 0.62
    x0, y0 = 0.9, 5.7
    labels = [r"$x_1$", r"$x_2$", r"$\vdots$", r"$x_{n_x}$"]
    _matrix(ax, x0, y0, 4, 1, cell, face=LIGHT, texts={(i, 0): t for i, t in enumerate(labels)})
    ax.text(x0 + cell / 2, y0 - 0.35, r"$x$: $(n_x, 1)$", ha="center", va="top", fontsize=12)

    centre = (5.0, y0 + 2 * cell)
    radius = 0.75
    ax.add_patch(Circle(centre, radius, facecolor="white", edgecolor=INK, lw=1.6))
    ax.text(*centre, r"$z$", ha="center", va="center", fontsize=15)
    weights = [r"$w_1$", r"$w_2$", "", r"$w_{n_x}$"]
    for i, label in enumerate(weights):
        if not label:
            continue
        start = (x0 + cell, y0 + (3.5 - i) * cell)
        _arrow(ax, start, (centre[0] - radius * 0.98, centre[1] + (1.5 - i) * 0.2))
        ax.text(start[0] + 0.55, start[1] + (0.14 if i < 2 else -0.14), label, fontsize=11, color=BLUE,
                ha="left", va="bottom" if i < 2 else "top")
    ax.text(centre[0], centre[1] - radius - 0.25, r"$z = w^T x + b$", ha="center", va="top", fontsize=12)
    ax.text(centre[0], centre[1] - radius - 0.8, r"$w$: $(n_x, 1)$,  $b$: a number", ha="center", va="top",
            fontsize=11, color=BLUE)

    box = (7.2, centre[1] - 0.45)
    ax.add_patch(FancyBboxPatch(box, 0.9, 0.9, boxstyle="round,pad=0.05", facecolor=PALE, edgecolor=ORANGE, lw=1.4))
    ax.text(box[0] + 0.45, centre[1], r"$\sigma$", ha="center", va="center", fontsize=16)
    _arrow(ax, (centre[0] + radius, centre[1]), (box[0] - 0.05, centre[1]))
    _arrow(ax, (box[0] + 0.95, centre[1]), (9.3, centre[1]))
    ax.text(9.4, centre[1], r"$a = \sigma(z) = \hat{y}$", ha="left", va="center", fontsize=13)
    ax.text(9.4, centre[1] - 0.6, "a number", ha="left", va="center", fontsize=11)

    ax.plot([0.1, 11.5], [4.55, 4.55], color="#bbbbbb", lw=0.8)

    # --- bottom: m examples as columns -------------------------------------------------------------------
    ax.text(0.1, 4.1, r"$m$ examples at once", fontsize=12, weight="bold", color=INK)
    cell = 0.5
    x0, y0 = 0.9, 1.1
    cols = [r"$x^{(1)}$", r"$x^{(2)}$", r"$\cdots$", r"$x^{(m)}$"]
    _matrix(ax, x0, y0, 4, 4, cell, face=LIGHT)
    for j, text in enumerate(cols):
        ax.text(x0 + (j + 0.5) * cell, y0 + 4 * cell + 0.15, text, ha="center", va="bottom", fontsize=10)
    ax.text(x0 + 2 * cell, y0 - 0.3, r"$X$: $(n_x, m)$", ha="center", va="top", fontsize=12)

    mid = y0 + 2 * cell
    _arrow(ax, (x0 + 4 * cell + 0.15, mid), (4.45, mid))
    ax.text(3.6, mid + 0.15, r"$w^T X + b$", ha="center", va="bottom", fontsize=12, color=BLUE)

    zx = 4.6
    _matrix(ax, zx, mid - cell / 2, 1, 4, cell, face="white",
            texts={(0, 0): r"$z^{(1)}$", (0, 1): r"$z^{(2)}$", (0, 2): r"$\cdots$", (0, 3): r"$z^{(m)}$"}, size=9)
    ax.text(zx + 2 * cell, mid - cell / 2 - 0.3, r"$Z$: $(1, m)$", ha="center", va="top", fontsize=12)

    _arrow(ax, (zx + 4 * cell + 0.2, mid), (8.2, mid))
    ax.text(7.4, mid + 0.15, r"$\sigma$", ha="center", va="bottom", fontsize=14, color=ORANGE)

    ax_ = 8.4
    _matrix(ax, ax_, mid - cell / 2, 1, 4, cell, face=PALE,
            texts={(0, 0): r"$a^{(1)}$", (0, 1): r"$a^{(2)}$", (0, 2): r"$\cdots$", (0, 3): r"$a^{(m)}$"}, size=9)
    ax.text(ax_ + 2 * cell, mid - cell / 2 - 0.3, r"$A$: $(1, m)$", ha="center", va="top", fontsize=12)
    ax.text(3.6, mid - 0.15, r"$(1, n_x)\,(n_x, m)$", ha="center", va="top", fontsize=10, color=BLUE)
    return fig


@figure("01_graph.svg")
def computation_graph():
    """The loss of one example as a graph: the forward values, the local derivatives on the edges, and the
    backward pass that multiplies them into dz = a - y."""
    fig, ax = canvas(10, 4.9, (0, 14.2), (0.7, 7.6))
    y_mid = 4.8
    nodes = {"z": (5.2, y_mid), "a": (8.6, y_mid), "L": (12.2, y_mid)}
    inputs = {"w": (1.0, 6.6), "x": (1.0, 4.8), "b": (1.0, 3.0)}
    for name, (px, py) in inputs.items():
        ax.add_patch(Circle((px, py), 0.42, facecolor=LIGHT, edgecolor=INK, lw=1.3))
        ax.text(px, py, f"${name}$", ha="center", va="center", fontsize=14)
    texts = {"z": r"$z = w^T x + b$", "a": r"$a = \sigma(z)$", "L": r"$L(a, y)$"}
    for name, (px, py) in nodes.items():
        ax.add_patch(FancyBboxPatch((px - 1.05, py - 0.42), 2.1, 0.84, boxstyle="round,pad=0.06",
                                    facecolor="white", edgecolor=INK, lw=1.3))
        ax.text(px, py, texts[name], ha="center", va="center", fontsize=13)
    ax.text(12.2, 6.3, r"$y$", ha="center", va="center", fontsize=14)
    _arrow(ax, (12.2, 6.0), (12.2, y_mid + 0.5))

    # forward edges with their local derivatives
    _arrow(ax, (1.45, 6.45), (4.1, y_mid + 0.25))
    ax.text(2.8, 6.3, r"$\dfrac{\partial z}{\partial w} = x$", fontsize=13, color=BLUE, ha="center", va="bottom")
    _arrow(ax, (1.45, 4.8), (4.1, y_mid))
    _arrow(ax, (1.45, 3.15), (4.1, y_mid - 0.25))
    ax.text(2.8, 3.3, r"$\dfrac{\partial z}{\partial b} = 1$", fontsize=13, color=BLUE, ha="center", va="top")
    _arrow(ax, (6.3, y_mid), (7.5, y_mid))
    ax.text(6.9, y_mid + 0.5, r"$\dfrac{da}{dz} = a(1 - a)$", fontsize=13, color=BLUE, ha="center", va="bottom")
    _arrow(ax, (9.7, y_mid), (11.1, y_mid))
    ax.text(10.4, y_mid + 0.5, r"$\dfrac{dL}{da} = -\dfrac{y}{a} + \dfrac{1 - y}{1 - a}$", fontsize=13, color=BLUE,
            ha="center", va="bottom")
    ax.text(0.2, 7.3, "forward: values", fontsize=11, color=INK, ha="left")

    # backward pass, right to left
    yb = 1.6
    _arrow(ax, (13.4, yb + 0.55), (0.9, yb + 0.55), colour=BACK, lw=1.2, ls="--")
    ax.text(13.4, yb + 0.75, "backward: chain rule", fontsize=11, color=BACK, ha="right", va="bottom")
    ax.text(9.6, yb, r"$da = -\dfrac{y}{a} + \dfrac{1 - y}{1 - a}$", fontsize=13, color=BACK, ha="center",
            va="center")
    ax.text(5.5, yb, r"$dz = da \cdot a(1 - a) = a - y$", fontsize=13, color=BACK, ha="center", va="center")
    ax.text(1.6, yb, r"$dw = x\, dz,\ \ db = dz$", fontsize=13, color=BACK, ha="center", va="center")
    ax.add_patch(FancyBboxPatch((3.6, yb - 0.5), 3.8, 1.0, boxstyle="round,pad=0.05", facecolor="none",
                                edgecolor=BACK, lw=1.2))
    return fig


@figure("01_layouts.svg")
def layouts():
    """The same layer in the two layouts: examples as columns (this course) and as rows (PyTorch, Keras)."""
    fig, ax = canvas(10, 4.0, (0, 15.4), (0.6, 6.6))
    cell = 0.42
    mark = BLUE
    # --- left: columns --------------------------------------------------------------------------------------
    ax.text(3.9, 6.3, "this course: examples as columns", fontsize=12, weight="bold", ha="center", va="center")
    base = 3.6
    _matrix(ax, 0.3, base, 2, 3, cell, face="white")  # W (2, 3)
    ax.text(0.3 + 1.5 * cell, base - 0.25, r"$W$" "\n" r"$(n_{out}, n_{in})$", ha="center", va="top", fontsize=11)
    _matrix(ax, 2.0, base - 0.2, 3, 5, cell, face="white", mark=("col", 0), mark_face=LIGHT)  # X (3, 5)
    ax.text(2.0 + 2.5 * cell, base - 0.45, r"$X$" "\n" r"$(n_{in}, m)$", ha="center", va="top", fontsize=11)
    ax.text(2.0 + 0.5 * cell, base - 0.2 + 3 * cell + 0.12, r"$x^{(1)}$", ha="center", va="bottom", fontsize=10,
            color=mark)
    ax.text(4.75, base + cell, r"$+\ b$", ha="center", va="center", fontsize=13)
    ax.text(4.75, base - 0.25, r"$(n_{out}, 1)$", ha="center", va="top", fontsize=11)
    ax.text(5.45, base + cell, r"$=$", ha="center", va="center", fontsize=14)
    _matrix(ax, 5.75, base, 2, 5, cell, face="white", mark=("col", 0), mark_face=PALE)  # Z (2, 5)
    ax.text(5.75 + 2.5 * cell, base - 0.25, r"$Z$" "\n" r"$(n_{out}, m)$", ha="center", va="top", fontsize=11)
    ax.text(3.9, 1.0, r"$Z = W X + b$", ha="center", va="center", fontsize=13)

    ax.plot([8.0, 8.0], [0.7, 6.5], color="#bbbbbb", lw=0.8)

    # --- right: rows ---------------------------------------------------------------------------------------
    ax.text(11.7, 6.3, "PyTorch, Keras: examples as rows", fontsize=12, weight="bold", ha="center", va="center")
    top = 5.6
    _matrix(ax, 8.3, top - 5 * cell, 5, 3, cell, face="white", mark=("row", 0), mark_face=LIGHT)  # X (5, 3)
    ax.text(8.3 - 0.12, top - 0.5 * cell, r"$x^{(1)}$", ha="right", va="center", fontsize=10, color=mark)
    ax.text(8.3 + 1.5 * cell, top - 5 * cell - 0.25, r"$X$" "\n" r"$(m, n_{in})$", ha="center", va="top",
            fontsize=11)
    _matrix(ax, 9.9, top - 3 * cell, 3, 2, cell, face="white")  # W.T (3, 2)
    ax.text(9.9 + cell, top - 3 * cell - 0.25, r"$W^T$" "\n" r"$(n_{in}, n_{out})$", ha="center", va="top",
            fontsize=11)
    ax.text(11.75, top - 2.5 * cell, r"$+\ b^T$", ha="center", va="center", fontsize=13)
    ax.text(11.75, top - 3 * cell - 0.25, r"$(1, n_{out})$", ha="center", va="top", fontsize=11)
    ax.text(12.55, top - 2.5 * cell, r"$=$", ha="center", va="center", fontsize=14)
    _matrix(ax, 12.9, top - 5 * cell, 5, 2, cell, face="white", mark=("row", 0), mark_face=PALE)  # Z (5, 2)
    ax.text(12.9 + cell, top - 5 * cell - 0.25, r"$Z$" "\n" r"$(m, n_{out})$", ha="center", va="top", fontsize=11)
    ax.text(11.7, 1.0, r"$Z = X W^T + b^T = (W X^T + b)^T$", ha="center", va="center", fontsize=13)
    return fig


@figure("01_loop.svg")
def idea_code_experiment():
    """The loop of applied deep learning: idea -> code -> experiment -> idea; its speed sets the progress."""
    fig, ax = canvas(5.6, 3.6, (0, 8.4), (0, 5.4))
    boxes = {"idea": (4.2, 4.5), "code": (6.9, 1.0), "experiment": (2.1, 1.0)}
    for text, (px, py) in boxes.items():
        width = 0.28 * len(text) + 0.8
        ax.add_patch(FancyBboxPatch((px - width / 2, py - 0.42), width, 0.84, boxstyle="round,pad=0.08",
                                    facecolor=LIGHT if text != "experiment" else PALE,
                                    edgecolor=BLUE if text != "experiment" else ORANGE, lw=1.5))
        ax.text(px, py, text, ha="center", va="center", fontsize=13)
    _arrow(ax, (5.0, 4.15), (6.6, 1.55), rad=-0.25)
    _arrow(ax, (5.85, 0.8), (4.0, 0.8), rad=-0.2)
    _arrow(ax, (1.6, 1.55), (3.2, 4.2), rad=-0.25)
    ax.text(4.2, 2.45, "faster experiments\n= more turns a day", ha="center", va="center", fontsize=11,
            color=INK)
    return fig
