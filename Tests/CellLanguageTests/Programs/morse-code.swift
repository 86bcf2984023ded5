// features: dictionaries, characters, optionals, higher-order, string-methods, extensions
import Foundation
let morse: [Character: String] = [
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.",
    "g": "--.", "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..",
    "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.",
    "s": "...", "t": "-", "u": "..-", "v": "...-", "w": ".--", "x": "-..-",
    "y": "-.--", "z": "--..", "1": ".----", "2": "..---", "0": "-----",
]

let reverseMorse = Dictionary(uniqueKeysWithValues: morse.map { ($0.value, $0.key) })

extension String {
    var morseEncoded: String {
        lowercased().split(separator: " ").map { word in
            word.compactMap { morse[$0] }.joined(separator: " ")
        }.joined(separator: " / ")
    }

    var morseDecoded: String {
        components(separatedBy: " / ").map { word in
            String(word.split(separator: " ").compactMap { reverseMorse[String($0)] })
        }.joined(separator: " ")
    }
}

let messages = ["SOS", "Hello World", "Swift 2021"]
for m in messages {
    let code = m.morseEncoded
    print(code)
    print(code.morseDecoded)
}
let dotCount = "sos".morseEncoded.filter { $0 == "." }.count
print("dots:", dotCount)
let longestCode = morse.max { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }!
print(longestCode.key, longestCode.value)
let symmetric = morse.filter { String($0.value.reversed()) == $0.value }.keys.sorted()
print(String(symmetric))
