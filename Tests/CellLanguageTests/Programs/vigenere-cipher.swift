// features: characters, unicode-scalars, throws, string-building, extension-builtin, zip, higher-order
enum CipherError: Error {
    case emptyKey
    case invalidKey(Character)
}

struct Vigenere {
    let shifts: [Int]

    init(key: String) throws {
        guard !key.isEmpty else { throw CipherError.emptyKey }
        shifts = try key.uppercased().map { ch in
            guard let v = ch.asciiValue, ch.isLetter else { throw CipherError.invalidKey(ch) }
            return Int(v) - 65
        }
    }

    private func transform(_ text: String, direction: Int) -> String {
        var result = ""
        var i = 0
        for ch in text {
            guard let ascii = ch.asciiValue, ch.isLetter else {
                result.append(ch)
                continue
            }
            let base = ch.isUppercase ? 65 : 97
            let shifted = (Int(ascii) - base + direction * shifts[i % shifts.count] + 26) % 26
            result.append(Character(UnicodeScalar(UInt8(base + shifted))))
            i += 1
        }
        return result
    }

    func encrypt(_ text: String) -> String { transform(text, direction: 1) }
    func decrypt(_ text: String) -> String { transform(text, direction: -1) }
}

let cipher = try Vigenere(key: "LEMON")
let plain = "Attack at dawn!"
let secret = cipher.encrypt(plain)
print(secret)
print(cipher.decrypt(secret))
print(cipher.shifts)

for key in ["", "k3y", "Key"] {
    do {
        let c = try Vigenere(key: key)
        print(key, "->", c.encrypt("hello"))
    } catch CipherError.emptyKey {
        print("empty key")
    } catch CipherError.invalidKey(let ch) {
        print("invalid key character '\(ch)'")
    } catch {
        print(error)
    }
}
let scalars = "Hi!".unicodeScalars.map { $0.value }
print(scalars)
let matches = zip(plain, cipher.decrypt(secret)).filter { $0 == $1 }.count
print(matches == plain.count)
