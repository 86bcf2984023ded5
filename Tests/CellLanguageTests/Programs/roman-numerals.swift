// features: tuples, while, characters, dictionaries, throws, try-optional, extension-builtin
enum RomanError: Error {
    case invalidCharacter(Character)
    case outOfRange(Int)
}

let numerals: [(value: Int, symbol: String)] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]

func toRoman(_ number: Int) throws -> String {
    guard (1...3999).contains(number) else { throw RomanError.outOfRange(number) }
    var remaining = number
    var result = ""
    for (value, symbol) in numerals {
        while remaining >= value {
            result += symbol
            remaining -= value
        }
    }
    return result
}

func fromRoman(_ text: String) throws -> Int {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    var total = 0
    var previous = 0
    for ch in text.reversed() {
        guard let v = values[ch] else { throw RomanError.invalidCharacter(ch) }
        if v < previous {
            total -= v
        } else {
            total += v
            previous = v
        }
    }
    return total
}

extension Int {
    var roman: String { (try? toRoman(self)) ?? "?" }
}

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
    let r = try! toRoman(n)
    let back = try! fromRoman(r)
    print(n, r, back == n)
}
print(0.roman, 4000.roman, 58.roman)
do {
    _ = try fromRoman("XIZ")
} catch RomanError.invalidCharacter(let c) {
    print("invalid character \(c)")
} catch {
    print(error)
}
do {
    print(try toRoman(5000))
} catch {
    print("error:", error)
}
