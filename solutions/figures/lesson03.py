"""Figures of lesson 03, backpropagation: a scalar computation graph, and the caches of an L-layer net."""
import math

from matplotlib.patches import Circle, FancyBboxPatch

from . import arrow, canvas, figure

FORWARD = "#1f4e79"   # forward values and arrows
BACKWARD = "#b22222"  # derivatives and backward arrows
CACHE = "#5a5a5a"     # the caches


def _arrow(ax, start, end, color, style="-|>", lw=1.6, ls="-", rad=0.0):
    arrow(ax, start, end, color, style=style, lw=lw, ls=ls, rad=rad)


def _node(ax, xy, label, r=0.32, face="white"):
    ax.add_patch(Circle(xy, r, facecolor=face, edgecolor="black", lw=1.4, zorder=3))
    ax.text(*xy, label, ha="center", va="center", fontsize=15, zorder=4)


@figure("03_scalar_graph.svg")
def scalar_graph():
    """One neuron with a squared-error loss as a graph: values forward above the edges, derivatives below."""
    w, x, b, y = 2.0, 1.5, -1.0, 1.0
    z = w * x + b
    a = 1 / (1 + math.exp(-z))
    loss = (a - y) ** 2
    dL_da, da_dz, dz_dw = 2 * (a - y), a * (1 - a), x

    fig, ax = canvas(10.5, 4.6, (-0.9, 10.2), (-2.9, 3.5), equal=False)
    r = 0.32
    inputs = {"w": (0.0, 2.7), "x": (0.0, 0.6), "b": (0.0, -1.5)}
    pz, pa, pL, py = (3.6, 0.6), (6.3, 0.6), (9.2, 0.6), (9.2, 2.4)
    for name, xy in inputs.items():
        _node(ax, xy, f"${name}$")
    _node(ax, pz, "$z$")
    _node(ax, pa, "$a$")
    _node(ax, pL, "$L$", face="#f2f2f2")
    _node(ax, py, "$y$")

    values = {"w": f"$w = {w:g}$", "x": f"$x = {x:g}$", "b": f"$b = {b:g}$"}
    slopes = {"w": r"$\partial z/\partial w = x$", "x": r"$\partial z/\partial x = w$",
              "b": r"$\partial z/\partial b = 1$"}
    for name, (x0, y0) in inputs.items():
        _edge(ax, (x0, y0), pz, r, values[name], slopes[name], fraction=0.42)
    _edge(ax, pz, pa, r, f"$z = wx + b = {z:g}$", rf"$\partial a/\partial z = a(1-a) = {da_dz:.3f}$")
    _edge(ax, pa, pL, r, rf"$a = \sigma(z) = {a:.3f}$", rf"$\partial L/\partial a = 2(a-y) = {dL_da:.3f}$")
    _arrow(ax, (py[0], py[1] - r), (pL[0], pL[1] + r), FORWARD)
    ax.text(py[0] + 0.45, py[1], f"$y = {y:g}$", color=FORWARD, fontsize=12, va="center")
    ax.text(pL[0], pL[1] - 0.45, f"$L = (a-y)^2$\n$= {loss:.4f}$", fontsize=12, ha="center", va="top")

    ax.text(4.9, -1.75,
            r"$\dfrac{\partial L}{\partial w} = \dfrac{\partial L}{\partial a}\,\dfrac{\partial a}{\partial z}\,"
            r"\dfrac{\partial z}{\partial w}"
            rf" = ({dL_da:.3f})({da_dz:.3f})({dz_dw:g}) = {dL_da * da_dz * dz_dw:.4f}$",
            fontsize=14, ha="center", va="top")
    ax.text(3.6, 3.4, "forward: values", color=FORWARD, fontsize=11, va="top")
    ax.text(3.6, 3.0, "backward: derivatives", color=BACKWARD, fontsize=11, va="top")
    return fig


def _edge(ax, p, q, r, above, below, fraction=0.5):
    """A forward arrow p -> q with its value above, and a backward arrow q -> p under it with the derivative."""
    dx, dy = q[0] - p[0], q[1] - p[1]
    d = math.hypot(dx, dy)
    ux, uy = dx / d, dy / d
    nx, ny = -uy, ux  # the normal, pointing up for an edge going right
    start, end = (p[0] + r * ux, p[1] + r * uy), (q[0] - r * ux, q[1] - r * uy)
    _arrow(ax, start, end, FORWARD)
    off = 0.16
    _arrow(ax, (end[0] - off * nx - 0.1 * ux, end[1] - off * ny - 0.1 * uy),
           (start[0] - off * nx + 0.1 * ux, start[1] - off * ny + 0.1 * uy), BACKWARD, lw=1.1, ls="--")
    mx, my = start[0] + fraction * (end[0] - start[0]), start[1] + fraction * (end[1] - start[1])
    ax.text(mx + 0.2 * nx, my + 0.2 * ny, above, color=FORWARD, fontsize=12, ha="center", va="bottom")
    below_off = 0.3 + 0.3 * abs(uy)  # slanted edges need more room under them
    ax.text(mx - below_off * nx, my - below_off * ny, below, color=BACKWARD, fontsize=11, ha="center", va="top")


def _block(ax, center, text, width, height, face, edge):
    x, y = center
    ax.add_patch(FancyBboxPatch((x - width / 2, y - height / 2), width, height, boxstyle="round,pad=0.02,rounding_size=0.12",
                                facecolor=face, edgecolor=edge, lw=1.5, zorder=2))
    ax.text(x, y, text, ha="center", va="center", fontsize=12, zorder=3)


@figure("03_caches.svg")
def caches():
    """[LINEAR->RELU] x (L-1) -> [LINEAR->SIGMOID] forward on top, the backward blocks below, the caches between."""
    fig, ax = canvas(12.5, 5.6, (-0.4, 13.4), (-1.5, 5.0), equal=False)
    width, height = 2.2, 0.95
    top, bottom = 3.7, 0.9
    columns = [(2.1, "1", "RELU"), (6.6, "L-1", "RELU"), (9.9, "L", "SIGMOID")]
    ax.text(0.0, 4.75, "forward", color=FORWARD, fontsize=12, va="top")
    ax.text(0.0, 0.05, "backward", color=BACKWARD, fontsize=12, va="top")

    # forward row: X -> block 1 -> ... -> block L-1 -> block L -> A[L] -> cost
    ax.text(0.25, top, "$X$", fontsize=14, ha="center", va="center", color=FORWARD)
    for x, l, g in columns:
        _block(ax, (x, top), f"LINEAR$\\to${g}\n$l = {l}$", width, height, "#e8f0f8", FORWARD)
        _block(ax, (x, bottom), f"backward\n$l = {l}$", width, height, "#f9e6e6", BACKWARD)
    _arrow(ax, (0.5, top), (columns[0][0] - width / 2, top), FORWARD)
    gap_left, gap_right = columns[0][0] + width / 2, columns[1][0] - width / 2
    for y in (top, bottom):
        ax.text(0.5 * (gap_left + gap_right), y, r"$\cdots$", fontsize=16, ha="center", va="center")
    _arrow(ax, (gap_left, top), (gap_left + 0.8, top), FORWARD)
    ax.text(gap_left + 0.4, top + 0.12, "$A^{[1]}$", color=FORWARD, fontsize=12, ha="center", va="bottom")
    _arrow(ax, (gap_right - 0.8, top), (gap_right, top), FORWARD)
    ax.text(gap_right - 0.4, top + 0.12, "$A^{[L-2]}$", color=FORWARD, fontsize=12, ha="center", va="bottom")
    _arrow(ax, (columns[1][0] + width / 2, top), (columns[2][0] - width / 2, top), FORWARD)
    ax.text(0.5 * (columns[1][0] + columns[2][0]), top + 0.12, "$A^{[L-1]}$", color=FORWARD, fontsize=12,
            ha="center", va="bottom")
    cost_x = 12.55
    _arrow(ax, (columns[2][0] + width / 2, top), (cost_x - 0.3, top), FORWARD)
    ax.text(0.5 * (columns[2][0] + width / 2 + cost_x - 0.3), top + 0.12, "$A^{[L]}$", color=FORWARD, fontsize=12,
            ha="center", va="bottom")
    ax.text(cost_x, top, "$J$", fontsize=15, ha="center", va="center")

    # backward row: dA[L] from the cost, then right to left, dW and db out of every block
    _arrow(ax, (cost_x, top - 0.35), (cost_x, bottom), BACKWARD, style="-", lw=1.6)
    _arrow(ax, (cost_x, bottom), (columns[2][0] + width / 2, bottom), BACKWARD)
    ax.text(0.5 * (columns[2][0] + width / 2 + cost_x), bottom + 0.12, "$dA^{[L]}$", color=BACKWARD, fontsize=12,
            ha="center", va="bottom")
    _arrow(ax, (columns[2][0] - width / 2, bottom), (columns[1][0] + width / 2, bottom), BACKWARD)
    ax.text(0.5 * (columns[1][0] + columns[2][0]), bottom + 0.12, "$dA^{[L-1]}$", color=BACKWARD, fontsize=12,
            ha="center", va="bottom")
    _arrow(ax, (gap_right, bottom), (gap_right - 0.8, bottom), BACKWARD)
    ax.text(gap_right - 0.4, bottom + 0.12, "$dA^{[L-2]}$", color=BACKWARD, fontsize=12, ha="center", va="bottom")
    _arrow(ax, (gap_left + 0.8, bottom), (gap_left, bottom), BACKWARD)
    ax.text(gap_left + 0.4, bottom + 0.12, "$dA^{[1]}$", color=BACKWARD, fontsize=12, ha="center", va="bottom")
    _arrow(ax, (columns[0][0] - width / 2, bottom), (0.5, bottom), BACKWARD)
    ax.text(0.25, bottom, "$dA^{[0]}$", fontsize=12, ha="center", va="center", color=BACKWARD)

    for x, l, _ in columns:
        # the cache goes down from the forward block into its own backward block
        _arrow(ax, (x, top - height / 2), (x, bottom + height / 2), CACHE, lw=1.4, ls="--")
        ax.text(x + 0.1, 0.5 * (top + bottom),
                f"cache\n$A^{{[{_minus(l)}]}}, W^{{[{l}]}}$,\n$b^{{[{l}]}}, Z^{{[{l}]}}$",
                color=CACHE, fontsize=10.5, ha="left", va="center")
        _arrow(ax, (x, bottom - height / 2), (x, bottom - height / 2 - 0.6), BACKWARD)
        ax.text(x, bottom - height / 2 - 0.7, f"$dW^{{[{l}]}},\\ db^{{[{l}]}}$", color=BACKWARD, fontsize=12,
                ha="center", va="top")
    return fig


def _minus(l):
    """The index of the layer before l, as text: "0" for "1", "L-2" for "L-1", "L-1" for "L"."""
    return {"1": "0", "L-1": "L-2", "L": "L-1"}[l]
