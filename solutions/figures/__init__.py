"""The lessons' explanatory figures, drawn by code and embedded by the build.

Each lesson has a module here (``lesson01.py``, ...) whose functions draw one figure each, registered with
``@figure("01_neuron.svg")``. A lesson's markdown shows one as ``![what it shows](attachment:01_neuron.svg)``;
``dlnp build`` renders it to SVG and stores it in that cell's attachments, so the figure travels inside the
notebook: it shows offline in JupyterLab and in nbgrader's feedback pages, and the freshness test of the build
fails when a drawing changes and the notebooks were not rebuilt.

Drawings use ``matplotlib.figure.Figure`` (never pyplot's global state) and keep text as text
(``svg.fonttype = "none"``), so that the files are small and the same on every run.
"""
import base64
import functools
import importlib
import io
import pkgutil

FIGURES = {}  # "01_neuron.svg" -> the function that draws it


def figure(name):
    """Register the decorated function, which returns a matplotlib Figure, as the drawing of ``name``."""
    def register(draw):
        if name in FIGURES:
            raise ValueError(f"two drawings of {name}")
        FIGURES[name] = draw
        return draw
    return register


def canvas(width, height, xlim, ylim, equal=True):
    """A blank figure of ``width`` x ``height`` inches whose one axes fills it, drawn in data units
    (``xlim``, ``ylim``) without ticks or frame: the sheet every diagram is drawn on. Returns (fig, ax)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    if equal:
        ax.set_aspect("equal")
    ax.axis("off")
    return fig, ax


def arrow(ax, start, end, colour="k", *, style="-|>", lw=1.4, ls="-", rad=0.0, scale=14):
    """An arrow from ``start`` to ``end`` (data units), straight or bent by ``rad``."""
    from matplotlib.patches import FancyArrowPatch

    ax.add_patch(FancyArrowPatch(start, end, arrowstyle=style, mutation_scale=scale, color=colour, lw=lw,
                                 linestyle=ls, connectionstyle=f"arc3,rad={rad}", shrinkA=0, shrinkB=0))


def load():
    """Import every lesson's figure module (which registers its drawings); returns FIGURES."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return FIGURES


@functools.cache  # both editions of a lesson, and the freshness test's build, embed the same drawing
def svg(name):
    """The SVG text of one figure, the same on every run with the same matplotlib."""
    import matplotlib

    draw = load().get(name)
    if draw is None:
        raise LookupError(f"no drawing of {name} in solutions/figures/ (known: {', '.join(sorted(FIGURES))})")
    with matplotlib.rc_context({"svg.hashsalt": "dlnp", "svg.fonttype": "none", "font.size": 11}):
        fig = draw()
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def attachment(name):
    """A notebook cell attachment (a mime bundle, base64 as JupyterLab and nbconvert expect) for one figure."""
    return {"image/svg+xml": base64.b64encode(svg(name).encode()).decode("ascii")}
