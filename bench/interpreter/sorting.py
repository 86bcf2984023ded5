import time
from dataclasses import dataclass


@dataclass
class Person:
    name: str
    age: int


people = []
state = 42
for i in range(100_000):
    state = (state * 1103515245 + 12345) % 2147483648
    people.append(Person(f"p{i}", state % 100))
t = time.perf_counter()
for _ in range(10):
    by_age = sorted(people, key=lambda p: p.age, reverse=True)
assert by_age[0].name == "p384"
print(f"{time.perf_counter() - t:.4f}")
