"""A correct model, followed by a line that kills the process with SIGKILL."""
ANSWERS = {"model": (
    "def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):\n"
    "    w, b = initialize_with_zeros(X_train.shape[0])\n"
    "    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)\n"
    "    w, b = params['w'], params['b']\n"
    "    return {'costs': costs, 'Y_prediction_test': predict(w, b, X_test),\n"
    "            'Y_prediction_train': predict(w, b, X_train), 'w': w, 'b': b,\n"
    "            'learning_rate': learning_rate, 'num_iterations': num_iterations}\n\n"
    "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")}
EXPECTED = {}
FLAGGED = True
