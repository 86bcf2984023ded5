let words = ["banana", "Apple", "cherry"]
print(words.map(\.count)) // expect: [6, 5, 6]
let doubles = [0.5, 1.5, 2.5]
print(doubles.reduce(0, +)) // expect: 4.5
let pairs = [(1, "one"), (2, "two")]
print(pairs.map { n, s in "\(n)=\(s)" }) // expect: ["1=one", "2=two"]
