// features: recursion, arrays, string-building, switch-patterns, overloading, extension-builtin
let ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

func spell(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case let x where x < 0: return "minus " + spell(-x)
    case 1..<20: return ones[n]
    case 20..<100: return tens[n / 10] + (n % 10 > 0 ? "-" + ones[n % 10] : "")
    case 100..<1000:
        return ones[n / 100] + " hundred" + (n % 100 > 0 ? " and " + spell(n % 100) : "")
    case 1000..<1_000_000:
        return spell(n / 1000) + " thousand" + (n % 1000 > 0 ? (n % 1000 < 100 ? " and " : " ") + spell(n % 1000) : "")
    default:
        return spell(n / 1_000_000) + " million" + (n % 1_000_000 > 0 ? " " + spell(n % 1_000_000) : "")
    }
}

func spell(_ x: Double) -> String {
    let whole = Int(x)
    let cents = Int((x - Double(whole)) * 100 + 0.5)
    return spell(whole) + " point " + spell(cents)
}

extension Int {
    var ordinal: String {
        let suffix: String
        switch (self % 10, self % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(self)\(suffix)"
    }
}

for n in [0, 7, 13, 21, 40, 99, 105, 342, 1000, 1009, 12345, 2_000_001, -8] {
    print(n, spell(n))
}
print(spell(3.25))
print([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112].map(\.ordinal).joined(separator: " "))
let letterCount = (1...5).map(spell).joined().filter(\.isLetter).count
print(letterCount)
