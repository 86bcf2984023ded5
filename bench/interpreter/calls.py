import time
t = time.perf_counter()
s = 0.0
for i in range(1_000_000):
    s += abs(-0.5)
print(f"{time.perf_counter() - t:.4f}")
