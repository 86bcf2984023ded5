"""Golden values of RegularizationTests: Keras 3.15 with the TensorFlow backend.

Run with a Python that has keras and tensorflow installed; the printed numbers are the ones
the tests compare with.
"""
import os
os.environ["TF_CPP_MIN_LOG_LEVEL"]="3"
import numpy as np, keras
from keras import layers, regularizers, constraints
X = np.array([[0.5,-1.0,2.0],[1.5,0.5,-0.5],[-1.0,2.0,1.0],[0.0,-0.5,1.5]], dtype="float32")
y = np.array([[1.0],[-2.0],[0.5],[3.0]], dtype="float32")
k1 = np.array([[0.9,-0.4],[0.3,0.8],[-0.7,0.5]], dtype="float32"); b1 = np.array([0.1,-0.2], dtype="float32")
k2 = np.array([[1.2],[-0.6]], dtype="float32"); b2 = np.array([0.05], dtype="float32")
def run(opt, l1a=None):
    m = keras.Sequential([keras.Input(shape=(3,)),
        layers.Dense(2, activation="tanh", kernel_regularizer=regularizers.l2(0.01), kernel_constraint=constraints.MaxNorm(1.0)),
        layers.Dense(1, kernel_regularizer=regularizers.L1L2(l1=0.1, l2=0.05))])
    m.layers[0].set_weights([k1,b1]); m.layers[1].set_weights([k2,b2])
    m.compile(loss="mse", optimizer=opt)
    print("initial evaluate", repr(m.evaluate(X, y, verbose=0, batch_size=4)))
    h = m.fit(X, y, epochs=3, batch_size=2, shuffle=False, verbose=0)
    print("loss", [repr(v) for v in h.history["loss"]])
    for w in m.get_weights(): print(repr(w.tolist()))
    print("evaluate", repr(m.evaluate(X, y, verbose=0, batch_size=4)))
run(keras.optimizers.SGD(learning_rate=0.1))
run(keras.optimizers.Adam(learning_rate=0.05))

print("softmax classifier")
y2 = np.array([0, 2, 1, 2], dtype="float32")
k1c = np.array([[0.9,-0.4],[0.3,0.8],[-0.7,0.5]], dtype="float32"); b1c = np.array([0.1,-0.2], dtype="float32")
k2c = np.array([[1.2,-0.3,0.4],[-0.6,0.7,0.2]], dtype="float32"); b2c = np.array([0.05,0.0,-0.05], dtype="float32")
m = keras.Sequential([keras.Input(shape=(3,)),
    layers.Dense(2, activation="relu", kernel_regularizer=regularizers.l1(0.02), kernel_constraint=constraints.MaxNorm(0.8)),
    layers.Dense(3, activation="softmax", kernel_regularizer=regularizers.l2(0.03))])
m.layers[0].set_weights([k1c,b1c]); m.layers[1].set_weights([k2c,b2c])
m.compile(loss="sparse_categorical_crossentropy", optimizer=keras.optimizers.SGD(learning_rate=0.2), metrics=["accuracy"])
h = m.fit(X, y2, epochs=4, batch_size=2, shuffle=False, verbose=0)
print("loss", [repr(v) for v in h.history["loss"]])
for w in m.get_weights(): print(repr(w.tolist()))
