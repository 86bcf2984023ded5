// features: characters, string-index, string-methods
import Foundation

let word = "Swift"
for (i, ch) in word.enumerated() { print(i, ch) }
let chars = Array(word)
print(chars, chars.count, chars.first!, String(chars.reversed()))
let c: Character = "a"
print(c.isLetter, c.isUppercase, c.uppercased(), Character("Z").isUppercase)
print(word.hasPrefix("Sw"), word.hasSuffix("x"), word.contains("if"), word.lowercased())
let sentence = "the quick brown fox"
let capitalized = sentence.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
print(capitalized.joined(separator: " "))
print(sentence.replacingOccurrences(of: "quick", with: "slow"))
let digits = "a1b2c3".filter { $0.isNumber }
print(digits, Int(digits)! + 1)
var counts: [Character: Int] = [:]
for ch in "hello" { counts[ch, default: 0] += 1 }
print(counts["l"]!, counts.count)
