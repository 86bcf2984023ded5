// features: string-index, characters, optionals, string-methods, extensions
let greeting = "Hello, Swift world"

let first = greeting[greeting.startIndex]
let second = greeting[greeting.index(after: greeting.startIndex)]
let last = greeting[greeting.index(before: greeting.endIndex)]
print(first, second, last)

let fifth = greeting.index(greeting.startIndex, offsetBy: 4)
print(greeting[fifth])
print(greeting[..<fifth], "|", greeting[greeting.index(after: fifth)...])

if let comma = greeting.firstIndex(of: ",") {
    let word = greeting[..<comma]
    print("First word:", word, word.count)
    let rest = greeting[greeting.index(comma, offsetBy: 2)...]
    print("Rest:", rest)
}

if let space = greeting.lastIndex(of: " ") {
    print("Last word:", String(greeting[greeting.index(after: space)...]))
}

extension String {
    subscript(offset: Int) -> Character {
        self[index(startIndex, offsetBy: offset)]
    }

    func substring(from start: Int, length: Int) -> String {
        let begin = index(startIndex, offsetBy: start)
        let end = index(begin, offsetBy: length)
        return String(self[begin..<end])
    }
}

print(greeting[7], greeting.substring(from: 7, length: 5))

var word = "racecar"
word.insert("!", at: word.endIndex)
print(word)
word.remove(at: word.index(before: word.endIndex))
print(word)
var indices: [Int] = []
for (i, ch) in word.enumerated() where ch == "c" {
    indices.append(i)
}
print(indices)
let distance = greeting.distance(from: greeting.startIndex, to: greeting.firstIndex(of: "S")!)
print(distance)
print(greeting.prefix(5), greeting.suffix(5), greeting.dropFirst(7).dropLast(6))
print(greeting.contains("Swift"), greeting.hasPrefix("Hell"), greeting.hasSuffix("!"))
