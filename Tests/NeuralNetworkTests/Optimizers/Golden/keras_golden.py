"""Golden values for the optimizer tests, computed by Keras 3 itself.

Writes ../KerasGoldenValues.swift. To rerun (Keras 3 with the JAX backend, on CPU):

    python3 -m venv venv && venv/bin/pip install keras "jax[cpu]" numpy
    KERAS_BACKEND=jax venv/bin/python keras_golden.py

The file records the Keras version it was produced with, and is formatted with swift-format
when that is on the PATH. Three kinds of values:
  - update steps: fixed variables and fixed gradient sequences fed to
    `optimizer.apply_gradients`, the variables after each of three steps;
  - fit steps: a Dense(3) layer on 4 samples of 2 features, MSE, full batch, no shuffling,
    explicit initial weights, trained 3 steps with `fit` (three calls of one epoch); kernel
    and bias after each step;
  - schedules: the rate of each step 0…12 of Keras's learning-rate schedules.
"""

import os
import shutil
import subprocess

os.environ.setdefault("KERAS_BACKEND", "jax")

import keras  # noqa: E402
import numpy as np  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "KerasGoldenValues.swift")

# Two variables (a [2, 3] kernel and a [3] bias) and three gradient steps. The gradients
# have norms above 1 (so clipnorm 1 acts), components above 0.5 (so clipvalue 0.5 acts), and
# components that shrink on step 3 (so AMSGrad's maximum matters).
INITIAL = [
    np.array([[0.5, -1.0, 0.25], [1.5, 0.0, -0.75]], dtype=np.float32),
    np.array([0.1, -0.2, 0.3], dtype=np.float32),
]
GRADIENTS = [
    [
        np.array([[0.3, -1.2, 0.05], [2.0, -0.4, 0.9]], dtype=np.float32),
        np.array([0.6, -0.1, 0.25], dtype=np.float32),
    ],
    [
        np.array([[-0.5, 0.8, 0.3], [1.1, 0.2, -0.6]], dtype=np.float32),
        np.array([-0.3, 0.7, 0.05], dtype=np.float32),
    ],
    [
        np.array([[0.05, -0.1, 0.02], [0.4, 0.01, -0.05]], dtype=np.float32),
        np.array([0.02, -0.03, 0.01], dtype=np.float32),
    ],
]

SWIFT_LABELS = {
    "learning_rate": "learningRate",
    "clipvalue": "clipValue",
    "clipnorm": "clipNorm",
    "global_clipnorm": "globalClipNorm",
    "beta_1": "beta1",
    "beta_2": "beta2",
    "initial_accumulator_value": "initialAccumulatorValue",
}

BASE = [
    ("sgd", "SGD", {"learning_rate": 0.1}),
    ("sgd_momentum", "SGD", {"learning_rate": 0.1, "momentum": 0.9}),
    ("sgd_nesterov", "SGD", {"learning_rate": 0.1, "momentum": 0.9, "nesterov": True}),
    ("adagrad", "Adagrad", {"learning_rate": 0.1}),
    ("rmsprop", "RMSprop", {"learning_rate": 0.01}),
    ("rmsprop_momentum", "RMSprop", {"learning_rate": 0.01, "momentum": 0.5}),
    ("rmsprop_centered", "RMSprop", {"learning_rate": 0.01, "centered": True}),
    (
        "rmsprop_centered_momentum",
        "RMSprop",
        {"learning_rate": 0.01, "momentum": 0.5, "centered": True},
    ),
    ("adam", "Adam", {"learning_rate": 0.01}),
    ("adam_amsgrad", "Adam", {"learning_rate": 0.01, "amsgrad": True}),
    ("adamax", "Adamax", {"learning_rate": 0.01}),
    ("nadam", "Nadam", {"learning_rate": 0.01}),
]


def update_cases():
    cases = []
    for name, kind, kwargs in BASE:
        cases.append((name, kind, kwargs))
        cases.append((name + "_clipvalue", kind, {**kwargs, "clipvalue": 0.5}))
        cases.append((name + "_clipnorm", kind, {**kwargs, "clipnorm": 1.0}))
    cases.append(("sgd_momentum_globalclipnorm", "SGD", {**BASE[1][2], "global_clipnorm": 1.0}))
    cases.append(("adam_globalclipnorm", "Adam", {"learning_rate": 0.01, "global_clipnorm": 1.0}))
    # A large ε shows where each rule adds it; other β and ρ check the plumbing.
    cases.append(("adagrad_eps", "Adagrad", {"learning_rate": 0.1, "epsilon": 0.01,
                                            "initial_accumulator_value": 0.5}))
    cases.append(("rmsprop_eps", "RMSprop", {"learning_rate": 0.01, "rho": 0.8, "epsilon": 0.01}))
    cases.append(("rmsprop_centered_eps", "RMSprop",
                  {"learning_rate": 0.01, "rho": 0.8, "epsilon": 0.01, "centered": True}))
    cases.append(("adam_eps", "Adam", {"learning_rate": 0.01, "beta_1": 0.8, "beta_2": 0.99,
                                       "epsilon": 0.01}))
    cases.append(("adam_amsgrad_eps", "Adam", {"learning_rate": 0.01, "beta_1": 0.8,
                                               "beta_2": 0.99, "epsilon": 0.01,
                                               "amsgrad": True}))
    cases.append(("adamax_eps", "Adamax", {"learning_rate": 0.01, "beta_1": 0.8, "beta_2": 0.99,
                                           "epsilon": 0.01}))
    cases.append(("nadam_eps", "Nadam", {"learning_rate": 0.01, "beta_1": 0.8, "beta_2": 0.99,
                                         "epsilon": 0.01}))
    cases.append(("sgd_nesterov_half", "SGD", {"learning_rate": 0.05, "momentum": 0.5,
                                               "nesterov": True}))
    cases.append(("adam_defaults", "Adam", {}))
    cases.append(("nadam_defaults", "Nadam", {}))
    return cases


def f32(x):
    """The shortest decimal text that reads back as the same float32."""
    return np.format_float_positional(np.float32(x), unique=True, trim="0") if x != 0 else "0"


def swift_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(float(v))


def swift_constructor(kind, kwargs, learning_rate=None):
    args = []
    if learning_rate is not None:
        args.append(f"learningRate: {learning_rate}")
    order = [
        "learning_rate", "momentum", "nesterov", "initial_accumulator_value", "rho", "beta_1",
        "beta_2", "epsilon", "amsgrad", "centered", "clipvalue", "clipnorm", "global_clipnorm",
    ]
    if kind == "RMSprop":  # Swift's parameter order: rho, momentum, epsilon, centered
        order = ["learning_rate", "rho", "momentum", "epsilon", "centered"] + order[-3:]
    for key in order:
        if key in kwargs:
            args.append(f"{SWIFT_LABELS.get(key, key)}: {swift_value(kwargs[key])}")
    return f"try {kind}({', '.join(args)})"


def keras_optimizer(kind, kwargs):
    return getattr(keras.optimizers, kind)(**kwargs)


def run_updates(kind, kwargs):
    opt = keras_optimizer(kind, kwargs)
    variables = [keras.Variable(v.copy()) for v in INITIAL]
    after = []
    for grads in GRADIENTS:
        opt.apply_gradients(zip([keras.ops.convert_to_tensor(g) for g in grads], variables))
        after.append([np.array(v.numpy(), dtype=np.float32).ravel() for v in variables])
    return after


FIT_X = np.array([[1.0, 2.0], [-1.0, 0.5], [0.3, -1.5], [2.0, 1.0]], dtype=np.float32)
FIT_Y = np.array(
    [[1.0, 0.0, -0.5], [0.0, 1.0, 0.5], [0.5, -0.5, 1.0], [-1.0, 2.0, 0.0]], dtype=np.float32
)
FIT_KERNEL = np.array([[0.2, -0.4, 0.6], [0.5, 0.1, -0.3]], dtype=np.float32)
FIT_BIAS = np.array([0.05, -0.1, 0.15], dtype=np.float32)


def run_fit(kind, kwargs):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(3)])
    model.layers[0].set_weights([FIT_KERNEL, FIT_BIAS])
    model.compile(loss="mse", optimizer=keras_optimizer(kind, kwargs))
    after = []
    losses = []
    # One call of one epoch per step (one batch per epoch), the optimizer state carried over.
    for _ in range(3):
        history = model.fit(FIT_X, FIT_Y, batch_size=4, epochs=1, shuffle=False, verbose=0)
        losses.append(float(history.history["loss"][0]))
        after.append([np.array(w, dtype=np.float32).ravel() for w in model.get_weights()])
    return after, losses


def fit_cases():
    cases = [(name, kind, kwargs) for name, kind, kwargs in BASE]
    cases.append(("adam_clipnorm", "Adam", {"learning_rate": 0.01, "clipnorm": 0.1}))
    cases.append(("sgd_clipvalue", "SGD", {"learning_rate": 0.1, "clipvalue": 0.5}))
    return cases


def schedules():
    S = keras.optimizers.schedules
    return [
        (
            "exponential",
            S.ExponentialDecay(0.1, decay_steps=4, decay_rate=0.5),
            "try ExponentialDecay(initialLearningRate: 0.1, decaySteps: 4, decayRate: 0.5)",
        ),
        (
            "exponential_staircase",
            S.ExponentialDecay(0.1, decay_steps=4, decay_rate=0.5, staircase=True),
            "try ExponentialDecay(initialLearningRate: 0.1, decaySteps: 4, decayRate: 0.5, "
            "staircase: true)",
        ),
        (
            "inverse_time",
            S.InverseTimeDecay(0.1, decay_steps=2, decay_rate=0.5),
            "try InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 2, decayRate: 0.5)",
        ),
        (
            "inverse_time_staircase",
            S.InverseTimeDecay(0.1, decay_steps=2, decay_rate=0.5, staircase=True),
            "try InverseTimeDecay(initialLearningRate: 0.1, decaySteps: 2, decayRate: 0.5, "
            "staircase: true)",
        ),
        (
            "piecewise",
            S.PiecewiseConstantDecay([3, 7], [0.1, 0.05, 0.01]),
            "try PiecewiseConstantDecay(boundaries: [3, 7], values: [0.1, 0.05, 0.01])",
        ),
    ]


def scheduled_update_cases():
    S = keras.optimizers.schedules
    return [
        (
            "sgd_momentum_exponential",
            "SGD",
            {"momentum": 0.9},
            S.ExponentialDecay(0.1, decay_steps=1, decay_rate=0.5),
            "ExponentialDecay(initialLearningRate: 0.1, decaySteps: 1, decayRate: 0.5)",
        ),
        (
            "adam_piecewise",
            "Adam",
            {},
            S.PiecewiseConstantDecay([1], [0.01, 0.001]),
            "PiecewiseConstantDecay(boundaries: [1], values: [0.01, 0.001])",
        ),
    ]


def swift_steps(after, indent):
    pad = " " * indent
    lines = []
    for step in after:
        parts = ["[" + ", ".join(f32(x) for x in v) + "]" for v in step]
        lines.append(f"{pad}[{', '.join(parts)}],")
    return "\n".join(lines)


def main():
    out = []
    out.append("// Generated by Golden/keras_golden.py from Keras "
               f"{keras.__version__} ({keras.backend.backend()} backend); do not edit.")
    out.append("")
    out.append("@testable import NeuralNetwork")
    out.append("")
    out.append("/// Values computed by Keras 3 for the optimizer golden tests.")
    out.append("enum KerasGolden {")
    out.append("    /// The variables the update cases start from: a [2, 3] kernel and a [3] bias.")
    out.append("    static let initial: [[Float]] = [")
    for v in INITIAL:
        out.append("        [" + ", ".join(f32(x) for x in v.ravel()) + "],")
    out.append("    ]")
    out.append("    static let shapes: [[Int]] = [[2, 3], [3]]")
    out.append("")
    out.append("    /// The gradients of each of the three steps.")
    out.append("    static let gradients: [[[Float]]] = [")
    for grads in GRADIENTS:
        parts = ["[" + ", ".join(f32(x) for x in g.ravel()) + "]" for g in grads]
        out.append(f"        [{', '.join(parts)}],")
    out.append("    ]")
    out.append("")
    out.append("    /// A golden case: how to make the optimizer, and the variables after each step.")
    out.append("    struct Case {")
    out.append("        let name: String")
    out.append("        let make: () throws -> any Optimizer")
    out.append("        let after: [[[Float]]]")
    out.append("    }")
    out.append("")
    out.append("    /// `apply_gradients` on the fixed variables with the fixed gradients.")
    out.append("    static let updates: [Case] = [")
    for name, kind, kwargs in update_cases():
        after = run_updates(kind, kwargs)
        out.append("        Case(")
        out.append(f"            name: \"{name}\", make: {{ {swift_constructor(kind, kwargs)} }},")
        out.append("            after: [")
        out.append(swift_steps(after, 16))
        out.append("            ]),")
    for name, kind, kwargs, schedule, swift_schedule in scheduled_update_cases():
        after = run_updates(kind, {**kwargs, "learning_rate": schedule})
        ctor = swift_constructor(kind, kwargs, learning_rate="try " + swift_schedule)
        out.append("        Case(")
        out.append(f"            name: \"{name}\", make: {{ {ctor} }},")
        out.append("            after: [")
        out.append(swift_steps(after, 16))
        out.append("            ]),")
    out.append("    ]")
    out.append("")
    out.append("    /// The fit problem: 4 samples of 2 features, 3 targets each, and the Dense(3) start.")
    out.append("    static let fitX: [[Float]] = [")
    for row in FIT_X:
        out.append("        [" + ", ".join(f32(x) for x in row) + "],")
    out.append("    ]")
    out.append("    static let fitY: [[Float]] = [")
    for row in FIT_Y:
        out.append("        [" + ", ".join(f32(x) for x in row) + "],")
    out.append("    ]")
    out.append("    static let fitKernel: [[Float]] = [")
    for row in FIT_KERNEL:
        out.append("        [" + ", ".join(f32(x) for x in row) + "],")
    out.append("    ]")
    out.append("    static let fitBias: [Float] = [" + ", ".join(f32(x) for x in FIT_BIAS) + "]")
    out.append("")
    out.append("    /// `fit` for 3 full-batch steps of MSE: kernel and bias after each step, and the")
    out.append("    /// loss of each epoch.")
    out.append("    static let fits: [(case: Case, losses: [Float])] = [")
    for name, kind, kwargs in fit_cases():
        after, losses = run_fit(kind, kwargs)
        out.append("        (")
        out.append("            Case(")
        out.append(f"                name: \"{name}\", make: {{ {swift_constructor(kind, kwargs)} }},")
        out.append("                after: [")
        out.append(swift_steps(after, 20))
        out.append("                ]),")
        out.append("            [" + ", ".join(f32(x) for x in losses) + "]")
        out.append("        ),")
    out.append("    ]")
    out.append("")
    out.append("    /// Keras's schedules at steps 0…12.")
    out.append("    static let schedules: [(name: String, make: () throws -> any LearningRateSchedule, rates: [Float])] = [")
    for name, schedule, swift in schedules():
        rates = [float(schedule(step)) for step in range(13)]
        out.append(f"        (\"{name}\", {{ {swift} }},")
        out.append("         [" + ", ".join(f32(x) for x in rates) + "]),")
    out.append("    ]")
    out.append("}")
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    if shutil.which("swift-format"):
        subprocess.run(["swift-format", "format", "-i", OUT], check=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
