// features: string-radix, characters, throws, extension-builtin, higher-order, overloading
enum ConversionError: Error {
    case invalidDigit(Character, base: Int)
}

func digitValue(_ ch: Character) -> Int? {
    if let d = ch.wholeNumberValue { return d }
    guard let ascii = ch.lowercased().first?.asciiValue, ascii >= 97, ascii <= 122 else { return nil }
    return Int(ascii) - 97 + 10
}

func parse(_ text: String, base: Int) throws -> Int {
    var value = 0
    for ch in text {
        guard let d = digitValue(ch), d < base else {
            throw ConversionError.invalidDigit(ch, base: base)
        }
        value = value * base + d
    }
    return value
}

func format(_ value: Int, base: Int) -> String {
    String(value, radix: base).uppercased()
}

func format(_ value: Int, base: Int, width: Int) -> String {
    let s = format(value, base: base)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}

extension Int {
    var binary: String { String(self, radix: 2) }
    var bitCount: Int { binary.filter { $0 == "1" }.count }
}

for n in [0, 5, 255, 1024, 48879] {
    print(n, format(n, base: 2, width: 8), format(n, base: 8), format(n, base: 16))
}
print(try parse("ff", base: 16), try parse("777", base: 8), try parse("101010", base: 2))
print(Int("BEEF", radix: 16)!, Int("12", radix: 3)!)
do {
    _ = try parse("19", base: 8)
} catch ConversionError.invalidDigit(let ch, let base) {
    print("'\(ch)' is not a base-\(base) digit")
}
print((1...8).map(\.bitCount))
print(10.binary, 37.binary)
let hexColors = ["FF8800", "00FF00", "123456"]
for hex in hexColors {
    let value = try! parse(hex, base: 16)
    let r = value >> 16, g = (value >> 8) & 0xFF, b = value & 0xFF
    print(hex, "->", r, g, b)
}
