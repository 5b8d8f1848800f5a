"""optimize loops forever and swallows every exception, the grader's interrupts included."""
ANSWERS = {"optimize": (
    "def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):\n"
    "    while True:\n"
    "        try:\n"
    "            while True:\n"
    "                pass\n"
    "        except BaseException:\n"
    "            continue\n")}
EXPECTED = {"optimize-test": 0.0}
FLAGGED = True
