// features: throws, error-enum, characters, do-catch, higher-order, case-iterable, try-optional
enum PasswordError: Error, CaseIterable {
    case tooShort
    case noDigit
    case noUppercase
    case noSymbol
    case containsSpace

    var message: String {
        switch self {
        case .tooShort: return "must be at least 8 characters"
        case .noDigit: return "needs a digit"
        case .noUppercase: return "needs an uppercase letter"
        case .noSymbol: return "needs a symbol"
        case .containsSpace: return "must not contain spaces"
        }
    }
}

func validate(_ password: String) throws -> Int {
    if password.count < 8 { throw PasswordError.tooShort }
    if password.contains(" ") { throw PasswordError.containsSpace }
    guard password.contains(where: { $0.isNumber }) else { throw PasswordError.noDigit }
    guard password.contains(where: \.isUppercase) else { throw PasswordError.noUppercase }
    let symbols = password.filter { !$0.isLetter && !$0.isNumber }
    if symbols.isEmpty { throw PasswordError.noSymbol }
    return password.count + symbols.count * 2
}

func strength(_ score: Int) -> String {
    switch score {
    case ..<12: return "weak"
    case 12..<16: return "medium"
    default: return "strong"
    }
}

let candidates = ["abc", "password1", "Password1", "Pass word1!", "Passw0rd!", "C0rrect-Horse-Battery!"]
for candidate in candidates {
    do {
        let score = try validate(candidate)
        print("\(candidate): ok, \(strength(score)) (\(score))")
    } catch let error as PasswordError {
        print("\(candidate): \(error.message)")
    } catch {
        print("unexpected \(error)")
    }
}
let valid = candidates.filter { (try? validate($0)) != nil }
print("Valid:", valid.count)
print(PasswordError.allCases.count, PasswordError.allCases.map(\.message).last!)
