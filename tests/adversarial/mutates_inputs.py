"""optimize updates w in place (w -= ...), changing the caller's array."""
ANSWERS = {"optimize": (
    "def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):\n"
    "    costs = []\n"
    "    for i in range(num_iterations):\n"
    "        grads, cost = propagate(w, b, X, Y)\n"
    "        w -= learning_rate * grads['dw']\n"
    "        b = b - learning_rate * grads['db']\n"
    "        if i % 100 == 0:\n"
    "            costs.append(cost)\n"
    "    return {'w': w, 'b': b}, grads, costs\n")}
EXPECTED = {"optimize-test": "in-process"}
FLAGGED = False
