// features: characters, string-methods, higher-order, extension-builtin, switch-patterns, sets
import Foundation
extension String {
    var pigLatin: String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return split(separator: " ").map { word -> String in
            let lower = word.lowercased()
            guard let first = lower.first else { return "" }
            if vowels.contains(first) { return lower + "way" }
            let prefix = lower.prefix { !vowels.contains($0) }
            return lower.dropFirst(prefix.count) + prefix + "ay"
        }.joined(separator: " ")
    }

    var titleCased: String {
        let small: Set<String> = ["a", "an", "the", "of", "and", "in", "on"]
        return split(separator: " ").enumerated().map { index, word in
            let w = word.lowercased()
            if index > 0 && small.contains(w) { return w }
            return w.prefix(1).uppercased() + w.dropFirst()
        }.joined(separator: " ")
    }

    var acronym: String {
        split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { $0.first?.uppercased() }.joined()
    }

    var camelCased: String {
        let parts = split(separator: "_")
        guard let head = parts.first else { return self }
        return head.lowercased() + parts.dropFirst().map { $0.capitalized }.joined()
    }
}

print("hello world apple string".pigLatin)
print("the lord of the rings".titleCased)
print("a tale OF two cities".titleCased)
print("portable network graphics".acronym, "complementary metal-oxide semiconductor".acronym)
print("user_first_name".camelCased, "id".camelCased)

func classify(_ ch: Character) -> String {
    switch ch {
    case "a", "e", "i", "o", "u": return "vowel"
    case "0"..."9": return "digit"
    case let c where c.isLetter: return "consonant"
    case " ": return "space"
    default: return "other"
    }
}
var kinds: [String: Int] = [:]
for ch in "Swift 6 is out!" { kinds[classify(ch), default: 0] += 1 }
print(kinds.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
