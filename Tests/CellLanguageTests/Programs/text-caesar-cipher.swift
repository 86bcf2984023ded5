// features: characters, extension-builtin, string-methods, closures, higher-order, unicode-scalars
extension Character {
    func shifted(by amount: Int) -> Character {
        guard let ascii = asciiValue, isLetter else { return self }
        let base: UInt8 = isUppercase ? 65 : 97
        let offset = (Int(ascii - base) + amount % 26 + 26) % 26
        return Character(UnicodeScalar(base + UInt8(offset)))
    }
}

extension String {
    func caesar(_ shift: Int) -> String {
        String(map { $0.shifted(by: shift) })
    }

    var isPalindrome: Bool {
        let letters = lowercased().filter { $0.isLetter }
        return letters == String(letters.reversed())
    }

    func vowelCount() -> Int {
        filter { "aeiouAEIOU".contains($0) }.count
    }
}

let message = "Hello, World! Swift 6"
let secret = message.caesar(3)
print(secret)
print(secret.caesar(-3))
print(message.caesar(26) == message)
print("abcxyz".caesar(2))

for phrase in ["A man, a plan, a canal: Panama", "Swift", "Was it a car or a cat I saw"] {
    print("\(phrase) -> \(phrase.isPalindrome)")
}

print(message.vowelCount())
let counts = message.split(separator: " ").map { ($0, $0.count) }
for (word, n) in counts {
    print(word, n)
}

func rot13(_ s: String) -> String { s.caesar(13) }
print(rot13("Uryyb"))
print(Character("z").shifted(by: 1), Character("A").shifted(by: -1), Character("5").shifted(by: 3))
