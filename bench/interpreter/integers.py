import time
t = time.perf_counter()
total = 0
hits = 0
for i in range(1_000):
    for j in range(1_000):
        r = (i * j + 7) % 13
        if r < 5:
            total += r
            hits += 1
print(total, hits)
print(f"{time.perf_counter() - t:.4f}")
