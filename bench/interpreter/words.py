import time
t = time.perf_counter()
syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"]
counts = {}
state = 7
for _ in range(200_000):
    state = (state * 1103515245 + 12345) % 2147483648
    word = f"{syllables[(state >> 16) % 8]}{syllables[(state >> 19) % 8]}"
    counts[word] = counts.get(word, 0) + 1
line = ""
for word in sorted(counts.keys()):
    if counts[word] > 3_125:
        line += word + "=" + str(counts[word]) + " "
print(len(counts), len(line))
print(line)
print(f"{time.perf_counter() - t:.4f}")
