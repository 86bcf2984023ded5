let bowl = SyntheticData.elongatedBowl(count: 5, stretch: 10, seed: 1)
print(bowl.x.shape, bowl.y.shape) // expect: [5, 2] [5, 1]
let moons = SyntheticData.moons(count: 10, noise: 0.1, seed: 2)
print(moons.x.shape, moons.labels.count) // expect: [10, 2] 10
let xor = SyntheticData.xor()
print(xor.labels.sorted()) // expect: [0, 0, 1, 1]
let blobs = SyntheticData.blobs(count: 9, centerCount: 3, seed: 4)
print(blobs.labels.sorted()) // expect: [0, 0, 0, 1, 1, 1, 2, 2, 2]
// ---
let missing = CSVTable.load("no/such/file.csv") // expect error:15: file.csv not found
// ---
let negative = SyntheticData.xor(seed: -1) // expect error:34: a seed must not be negative
