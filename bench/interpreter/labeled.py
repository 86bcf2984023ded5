import time
def scaled(x, factor):
    return x * factor
t = time.perf_counter()
u = 0.0
for i in range(1_000_000):
    u += scaled(0.5, factor=2.0)
print(f"{time.perf_counter() - t:.4f}")
