import time


class Player:
    __slots__ = ("name", "score", "level")

    def __init__(self, name, score, level):
        self.name = name
        self.score = score
        self.level = level

    def __lt__(self, other):
        return self.score < other.score


players = []
state = 42
for i in range(100_000):
    state = (state * 1103515245 + 12345) % 2147483648
    players.append(Player(f"p{i}", (state >> 8) % 10_000, (state >> 4) % 50))
t = time.perf_counter()
ranked = sorted(players, reverse=True)
by_score = sorted(players, key=lambda p: p.score)
by_level = sorted(players, key=lambda p: p.level, reverse=True)
lowest = min(players, key=lambda p: p.level)
best = max(players)
names = [p.name for p in ranked]
print(ranked[0].name, ranked[99_999].name, by_score[0].name, by_level[0].name)
print(lowest.name, best.name, names[1], len(names))
print(f"{time.perf_counter() - t:.4f}")
