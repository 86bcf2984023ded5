// features: characters, tuples, string-building, throws, while, string-index
func encode(_ text: String) -> String {
    var result = ""
    var previous: Character?
    var count = 0
    for ch in text {
        if ch == previous {
            count += 1
        } else {
            if let p = previous {
                result += count > 1 ? "\(count)\(p)" : "\(p)"
            }
            previous = ch
            count = 1
        }
    }
    if let p = previous {
        result += count > 1 ? "\(count)\(p)" : "\(p)"
    }
    return result
}

enum DecodeError: Error {
    case danglingCount(Int)
}

func decode(_ text: String) throws -> String {
    var result = ""
    var digits = ""
    for ch in text {
        if ch.isNumber {
            digits.append(ch)
        } else {
            let n = Int(digits) ?? 1
            result += String(repeating: ch, count: n)
            digits = ""
        }
    }
    if let dangling = Int(digits) { throw DecodeError.danglingCount(dangling) }
    return result
}

func runs(_ text: String) -> [(Character, Int)] {
    var out: [(Character, Int)] = []
    for ch in text {
        if let last = out.last, last.0 == ch {
            out[out.count - 1].1 += 1
        } else {
            out.append((ch, 1))
        }
    }
    return out
}

let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "abc", ""]
for s in samples {
    let e = encode(s)
    let d = try decode(e)
    print("\"\(e)\"", d == s, s.isEmpty ? 0 : e.count * 100 / s.count)
}
print(runs("aaabccdddd").map { "\($0.0)\($0.1)" })
do {
    _ = try decode("3a4")
} catch DecodeError.danglingCount(let n) {
    print("dangling count \(n)")
}
let longest = runs("xxyyyyzzzyy").max { $0.1 < $1.1 }!
print(longest.0, longest.1)
