"""What a student and an instructor see, in a real browser (headless Chromium driven by selenium).

Other tests check the report's text; these check that it reaches the screen: run in JupyterLab, a wrong answer's
test cell shows the ✘ and the hint, and the nbgrader feedback page shows every line of the report, none of it cut
off at the right edge. Slow (a JupyterLab server, a kernel, nbgrader and a browser). ``.ci/run`` installs
``chromium`` and ``chromium-driver``; without them these tests fail, saying what to install: they are not skipped.
"""
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from nbgrader_course import class_with, solved

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
STEM = "01_logistic_regression"
EXERCISE = "logistic_regression.sigmoid"
WRONG_SIGMOID = "def sigmoid(z):\n    return 1 / (1 + np.exp(z))\n"  # a sign slip: sigmoid(-z)
HINT = "minus sign"  # a key phrase of the known-mistake hint the report gives for WRONG_SIGMOID
TIMEOUT = 120  # seconds, for any one wait
WINDOW = (1280, 800)  # a laptop's browser window


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium (Debian's, with its chromedriver): no sandbox, as it runs as root in CI. Only loopback
    resolves, so that the feedback page's MathJax (from a CDN) fails at once rather than hang on a blocked network."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (chromium and driver_path):
        pytest.fail("chromium and chromedriver are not installed: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium')}", "--window-size={},{}".format(*WINDOW)):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(driver_path))
    try:
        driver.set_page_load_timeout(TIMEOUT)
        driver.set_script_timeout(TIMEOUT)
        yield driver
    finally:
        driver.quit()


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server on loopback, serving ``root`` with this venv's Python as the notebook's kernel."""

    def __init__(self, root, jupyter_dirs):
        self.port, self.token, self.log = _free_port(), secrets.token_hex(16), Path(jupyter_dirs) / "lab.log"
        # the notebook asks for "python3": a kernelspec of our own, first on JUPYTER_PATH, runs sys.executable,
        # whatever kernels the machine or the user has installed
        spec = Path(jupyter_dirs) / "path" / "kernels" / "python3"
        spec.mkdir(parents=True)
        (spec / "kernel.json").write_text(json.dumps({
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3", "language": "python"}))
        env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
                   JUPYTER_PATH=str(spec.parent.parent), JUPYTER_DATA_DIR=str(Path(jupyter_dirs) / "data"),
                   JUPYTER_CONFIG_DIR=str(Path(jupyter_dirs) / "config"),
                   JUPYTER_RUNTIME_DIR=str(Path(jupyter_dirs) / "runtime"))
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ServerApp.allow_root=True",
                 "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
                 f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={root}",
                 "--LabApp.expose_app_in_browser=True",  # window.jupyterapp, to set a cell's source and run it
                 "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
                cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_until_up()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}/{path}?token={self.token}"

    def log_tail(self, lines=40):
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def _wait_until_up(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"JupyterLab exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                urllib.request.urlopen(self.url("api/status"), timeout=5).read()
                return
            except OSError:
                time.sleep(0.5)
        self.stop()
        pytest.fail(f"JupyterLab did not answer on port {self.port} within {TIMEOUT} s:\n{self.log_tail()}")

    def stop(self):
        """Shut the kernels down through the API (they run in sessions of their own), then the server."""
        if self.process.poll() is None:
            try:
                for kernel in json.load(urllib.request.urlopen(self.url("api/kernels"), timeout=10)):
                    request = urllib.request.Request(self.url(f"api/kernels/{kernel['id']}"), method="DELETE")
                    urllib.request.urlopen(request, timeout=30).read()
            except OSError:
                pass  # the server is down already: it took its kernels with it
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sig)
                self.process.wait(timeout=20)
                return
            except ProcessLookupError:
                return
            except subprocess.TimeoutExpired:
                continue


@pytest.fixture
def lab(tmp_path):
    """A JupyterLab server holding a copy of the lesson's release folder; stopped, kernels and all, after the test."""
    shutil.copytree(REPO / "course" / STEM, tmp_path / "root" / STEM)
    server = Lab(tmp_path / "root", tmp_path / "jupyter")
    try:
        yield server
    finally:
        server.stop()


def _wait(driver, condition, what, lab=None):
    """Poll ``condition(driver)`` until it is truthy; fail after TIMEOUT seconds saying what did not happen."""
    try:
        return WebDriverWait(driver, TIMEOUT, poll_frequency=0.25).until(condition)
    except TimeoutException:
        pytest.fail(f"timed out after {TIMEOUT} s waiting for {what}" + (f"; JupyterLab's log:\n{lab.log_tail()}" if lab else ""))


def _words(text):
    """``text`` with each run of whitespace made one space: a phrase still matches when a line wraps inside it."""
    return " ".join(text.split())


NOTEBOOK = "const nb = window.jupyterapp.shell.currentWidget;"  # the open notebook's panel


def _run_cell(driver, index, lab):
    """Run cell ``index`` as the user's Shift+Enter would (JupyterLab's notebook:run-cell on the active cell)."""
    error = driver.execute_async_script(NOTEBOOK + """
        const [index, done] = arguments;
        nb.content.activeCellIndex = index;
        window.jupyterapp.commands.execute('notebook:run-cell').then(() => done(null), e => done(String(e)));""", index)
    assert error is None, f"running cell {index} failed: {error}\n{lab.log_tail()}"


def test_a_wrong_answer_shows_its_mistake_in_jupyterlab(browser, lab):
    """Type a sign slip into the sigmoid cell, run it and its test cell: the output, as rendered, says what is wrong."""
    browser.get(lab.url(f"lab/tree/{STEM}/{STEM}.ipynb"))
    _wait(browser, lambda d: d.execute_script(
        "return window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel?.status") == "idle",
        "the notebook to open with an idle kernel", lab)
    cells = browser.execute_script(NOTEBOOK + "return nb.content.widgets.map(c => [c.model.type, c.model.sharedModel.source]);")
    code = [i for i, (kind, _) in enumerate(cells) if kind == "code"]
    imports = next(i for i in code if "import autograder" in cells[i][1] or "from autograder import" in cells[i][1])
    answer = next(i for i in code if "def sigmoid" in cells[i][1])
    check = next(i for i in code if i > answer and f'"{EXERCISE}"' in cells[i][1])

    browser.execute_script(NOTEBOOK + "nb.content.widgets[arguments[0]].model.sharedModel.setSource(arguments[1]);",
                           answer, WRONG_SIGMOID)
    for index in (imports, answer, check):
        _run_cell(browser, index, lab)
    rendered = _wait(browser, lambda d: d.execute_script(NOTEBOOK + """
        const cell = nb.content.widgets[arguments[0]];
        cell.node.scrollIntoView();
        return cell.node.querySelector('.jp-OutputArea')?.innerText;""", check), "the test cell's output", lab)
    assert "✘" in rendered and "sigmoid" in rendered and HINT in _words(rendered), \
        f"the test cell under a wrong sigmoid should show ✘ and the hint {HINT!r}; the page shows:\n{rendered}"


@pytest.fixture(scope="module")
def feedback(tmp_path_factory):
    """nbgrader's feedback page for a submission of lesson 01 whose sigmoid has the sign slip, and the report its
    test cell shows there, as plain text (from the autograded notebook: printed, or the text form of a display)."""
    course, release, master = class_with(tmp_path_factory.mktemp("course"), STEM, [])
    course.submit("slip", STEM, solved(release, master, {"sigmoid": WRONG_SIGMOID}))
    course.nbgrader("autograde", STEM)
    course.nbgrader("generate_feedback", STEM, "--student", "slip")
    graded = nbformat.read(course.root / "autograded" / "slip" / STEM / f"{STEM}.ipynb", as_version=4)
    cell = next(c for c in graded.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "sigmoid-test")
    report = "".join(o.text if o.output_type == "stream" else o.data.get("text/plain", "")
                     for o in cell.outputs if o.output_type in ("stream", "display_data"))
    assert "✘" in report and HINT in _words(report), f"the autograded test cell does not report the slip:\n{report}"
    return course.root / "feedback" / "slip" / STEM / f"{STEM}.html", report


# The innermost element whose text holds every line of the report (lines compared without their whitespace, so that
# wrapping and markup may differ), and what of it is hidden: any overflow of it or of its boxes up to the cell, and
# whether it reaches past the window's right edge.
FIND_REPORT = """
    const squash = s => s.replace(/\\s+/g, '');
    const lines = arguments[0].map(squash).filter(Boolean);
    const holders = [...document.body.querySelectorAll('*')].filter(el => {
        const text = squash(el.textContent);
        return lines.every(line => text.includes(line));
    });
    const innermost = holders.filter(h => !holders.some(other => other !== h && h.contains(other)));
    if (innermost.length !== 1) return {count: innermost.length};
    const report = innermost[0], hidden = [];
    for (let el = report; el && el !== document.body; el = el.parentElement) {
        const box = `<${el.tagName.toLowerCase()} class="${el.className}">`;
        if (el.scrollWidth > el.clientWidth)
            hidden.push(`${box}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        if (el.scrollHeight > el.clientHeight)
            hidden.push(`${box}: scrollHeight ${el.scrollHeight} > clientHeight ${el.clientHeight}`);
        if (el.matches('.cell, .jp-Cell')) break;
    }
    const right = Math.round(report.getBoundingClientRect().right), width = document.documentElement.clientWidth;
    if (right > width) hidden.push(`the report's right edge at ${right} px is past the window's ${width} px`);
    return {count: 1, text: report.innerText, hidden};
"""


def test_the_feedback_page_shows_the_whole_report(browser, feedback):
    """The report's box neither clips nor scrolls at a laptop's window width, and its rendered text has every line."""
    page, report = feedback
    browser.get(page.as_uri())
    found = browser.execute_script(FIND_REPORT, report.splitlines())
    assert found["count"] == 1, f"expected one element holding the report, found {found['count']}:\n{report}"
    assert not found["hidden"], (f"part of the report is cut off or behind a scroll bar at a {WINDOW[0]} px wide window:\n"
                                 + "\n".join(found["hidden"]))
    shown = "".join(found["text"].split())
    missing = [line for line in report.splitlines() if "".join(line.split()) not in shown]
    assert not missing, f"lines of the report not shown on the page: {missing}\nthe page shows:\n{found['text']}"
