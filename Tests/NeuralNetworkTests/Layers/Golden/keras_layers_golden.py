"""Reference values for the layer tests, computed by Keras 3 itself.

Rerun (any Python with Keras 3 and JAX; the tests were written against Keras 3.15):

    python -m venv venv && venv/bin/pip install keras "jax[cpu]" numpy
    KERAS_BACKEND=jax venv/bin/python keras_layers_golden.py

and paste the printed arrays into the Swift tests beside this folder
(BatchNormalizationTests, ActivationLayerTests, NormalizationTests, KerasGradientTests,
LayerParameterCountTests).
"""

import os

os.environ.setdefault("KERAS_BACKEND", "jax")

import keras  # noqa: E402
import numpy as np  # noqa: E402

np.set_printoptions(precision=9, suppress=False, floatmode="maxprec")


def show(label, value):
    value = np.asarray(value, dtype=np.float32)
    flat = ", ".join(repr(float(v)) for v in value.reshape(-1))
    print(f"{label} shape={list(value.shape)}: [{flat}]")


X1 = np.array(
    [[1.0, -2.0, 3.0], [0.5, 4.0, -1.0], [2.0, 0.0, 1.5], [-1.0, 1.0, 0.0]], dtype=np.float32
)
X2 = np.array([[0.0, 1.0, -2.0], [3.0, -1.0, 0.5], [1.0, 2.0, 2.5]], dtype=np.float32)

print("Keras", keras.__version__, "backend", keras.backend.backend())

# --- BatchNormalization: two training steps, then inference -------------------------------
bn = keras.layers.BatchNormalization(momentum=0.9)
bn.build((None, 3))
bn.set_weights(
    [
        np.array([1.5, 0.5, 2.0], np.float32),  # gamma
        np.array([0.1, -0.2, 0.3], np.float32),  # beta
        np.zeros(3, np.float32),  # moving mean
        np.ones(3, np.float32),  # moving variance
    ]
)
show("bn train step 1 output", bn(X1, training=True))
show("bn moving mean after 1", bn.moving_mean)
show("bn moving variance after 1", bn.moving_variance)
show("bn train step 2 output", bn(X2, training=True))
show("bn moving mean after 2", bn.moving_mean)
show("bn moving variance after 2", bn.moving_variance)
show("bn inference output on X1", bn(X1, training=False))

# Default momentum 0.99 and epsilon 1e-3, rank-3 inputs (statistics over batch and time).
bn3 = keras.layers.BatchNormalization()
X3 = np.arange(12, dtype=np.float32).reshape(2, 3, 2) * 0.5 - 2.0
show("bn3 train output", bn3(X3, training=True))
show("bn3 moving mean", bn3.moving_mean)
show("bn3 moving variance", bn3.moving_variance)

# Gradients of sum(y * R) in training mode with respect to x, gamma and beta (JAX autodiff
# through the layer's stateless call), for the same starting weights.
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402

R = (np.arange(12, dtype=np.float32).reshape(4, 3) * 0.25 - 1.0).astype(np.float32)
bn_g = keras.layers.BatchNormalization(momentum=0.9)
bn_g.build((None, 3))
gamma0 = np.array([1.5, 0.5, 2.0], np.float32)
beta0 = np.array([0.1, -0.2, 0.3], np.float32)
moving0 = [np.zeros(3, np.float32), np.ones(3, np.float32)]


def bn_objective(x, gamma, beta):
    y, _ = bn_g.stateless_call([gamma, beta], moving0, x, training=True)
    return jnp.sum(y * R)


gx, ggamma, gbeta = jax.grad(bn_objective, argnums=(0, 1, 2))(X1, gamma0, beta0)
show("bn gradient x", gx)
show("bn gradient gamma", ggamma)
show("bn gradient beta", gbeta)

prelu_g = keras.layers.PReLU()
prelu_g.build((None, 3))
alpha0 = np.array([0.1, 0.2, 0.3], np.float32)


def prelu_objective(x, alpha):
    y, _ = prelu_g.stateless_call([alpha], [], x)
    return jnp.sum(y * R)


px, palpha = jax.grad(prelu_objective, argnums=(0, 1))(X1, alpha0)
show("prelu gradient x", px)
show("prelu gradient alpha", palpha)

# --- PReLU, LeakyReLU ----------------------------------------------------------------------
prelu = keras.layers.PReLU()
prelu.build((None, 3))
prelu.set_weights([np.array([0.1, 0.2, 0.3], np.float32)])
show("prelu output", prelu(X1))
prelu_shared = keras.layers.PReLU(shared_axes=[1])
prelu_shared.build((None, 3, 2))
print("prelu shared alpha shape", prelu_shared.get_weights()[0].shape)
show("leaky relu default output", keras.layers.LeakyReLU()(X1))
show("leaky relu 0.1 output", keras.layers.LeakyReLU(negative_slope=0.1)(X1))

# --- Normalization.adapt ---------------------------------------------------------------------
norm = keras.layers.Normalization()
norm.adapt(X1)
show("normalization mean", norm.adapt_mean)
show("normalization variance", norm.adapt_variance)
show("normalization output on X2", norm(X2))
print("normalization weights", [w.shape for w in norm.weights], "params", norm.count_params())
fixed = keras.layers.Normalization(mean=[1.0, 2.0, 3.0], variance=[4.0, 1.0, 0.25])
show("normalization fixed output on X2", fixed(X2))
print("normalization fixed params", fixed.count_params())

# --- Parameter counts of the chapters' models ------------------------------------------------
mlp_bn = keras.Sequential(
    [
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(300, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(100, activation="relu"),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
mlp_bn.summary()
print(
    "mlp_bn total",
    mlp_bn.count_params(),
    "trainable",
    sum(int(np.prod(w.shape)) for w in mlp_bn.trainable_weights),
    "non-trainable",
    sum(int(np.prod(w.shape)) for w in mlp_bn.non_trainable_weights),
    "per layer",
    [layer.count_params() for layer in mlp_bn.layers],
)

# BN before the activation (Dense without bias, BN, Activation), as the chapter shows next.
mlp_bn2 = keras.Sequential(
    [
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.BatchNormalization(),
        keras.layers.Dense(300, use_bias=False),
        keras.layers.BatchNormalization(),
        keras.layers.Activation("relu"),
        keras.layers.Dense(100, use_bias=False),
        keras.layers.BatchNormalization(),
        keras.layers.Activation("relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
print(
    "mlp_bn2 total",
    mlp_bn2.count_params(),
    "trainable",
    sum(int(np.prod(w.shape)) for w in mlp_bn2.trainable_weights),
    "non-trainable",
    sum(int(np.prod(w.shape)) for w in mlp_bn2.non_trainable_weights),
)

prelu_model = keras.Sequential(
    [
        keras.Input(shape=(28, 28)),
        keras.layers.Flatten(),
        keras.layers.Dense(100, kernel_initializer="he_normal"),
        keras.layers.PReLU(),
        keras.layers.Dense(50, kernel_initializer="he_normal"),
        keras.layers.LeakyReLU(negative_slope=0.2),
        keras.layers.Dropout(rate=0.2),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
prelu_model.summary()
print("prelu_model per layer", [layer.count_params() for layer in prelu_model.layers])
print("prelu_model total", prelu_model.count_params())

inp_a = keras.Input(shape=(5,))
inp_b = keras.Input(shape=(6,))
norm_layer = keras.layers.Normalization()
wide = keras.layers.Dense(30, activation="relu")(norm_layer(inp_b))
merged = keras.layers.Concatenate()([inp_a, wide])
out = keras.layers.Dense(1)(merged)
wide_deep = keras.Model(inputs=[inp_a, inp_b], outputs=[out])
wide_deep.summary()
print(
    "wide_deep total",
    wide_deep.count_params(),
    "trainable",
    sum(int(np.prod(w.shape)) for w in wide_deep.trainable_weights),
    "non-trainable",
    sum(int(np.prod(w.shape)) for w in wide_deep.non_trainable_weights),
)
