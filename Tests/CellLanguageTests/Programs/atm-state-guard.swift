// features: enum-associated, guard, throws, structs, switch-patterns, mutating, do-catch, try-force
enum ATMError: Error, Equatable {
    case noCard, wrongPin(attemptsLeft: Int), cardRetained, insufficientCash, notMultipleOf(Int)
}

enum ATMState: Equatable {
    case waiting
    case cardInserted(attempts: Int)
    case authenticated
    case retained
}

struct ATM {
    private(set) var state = ATMState.waiting
    private(set) var cash: Int
    let pin: String

    mutating func insertCard() { if state == .waiting { state = .cardInserted(attempts: 0) } }

    mutating func enter(pin entered: String) throws {
        guard case .cardInserted(let attempts) = state else { throw ATMError.noCard }
        if entered == pin {
            state = .authenticated
            return
        }
        let used = attempts + 1
        if used >= 3 {
            state = .retained
            throw ATMError.cardRetained
        }
        state = .cardInserted(attempts: used)
        throw ATMError.wrongPin(attemptsLeft: 3 - used)
    }

    mutating func withdraw(_ amount: Int) throws -> [Int: Int] {
        guard state == .authenticated else { throw ATMError.noCard }
        guard amount % 10 == 0 else { throw ATMError.notMultipleOf(10) }
        guard amount <= cash else { throw ATMError.insufficientCash }
        cash -= amount
        var notes: [Int: Int] = [:]
        var rest = amount
        for note in [50, 20, 10] {
            notes[note] = rest / note
            rest %= note
        }
        return notes.filter { $0.value > 0 }
    }

    mutating func eject() { state = .waiting }
}

var atm = ATM(cash: 300, pin: "1234")
do { try atm.enter(pin: "0000") } catch { print(error) }
atm.insertCard()
for attempt in ["1111", "1234"] {
    do {
        try atm.enter(pin: attempt)
        print("pin ok")
    } catch ATMError.wrongPin(let left) {
        print("wrong pin, \(left) left")
    }
}
for amount in [130, 15, 500, 80] {
    do {
        let notes = try atm.withdraw(amount)
        print(amount, notes.sorted { $0.key > $1.key }.map { "\($0.value)x\($0.key)" })
    } catch {
        print(amount, "failed:", error)
    }
}
print("cash left:", atm.cash)
atm.eject()
atm.insertCard()
for p in ["1", "2", "3"] { _ = try? atm.enter(pin: p) }
print(atm.state == .retained)
var fresh = ATM(cash: 100, pin: "9")
fresh.insertCard()
try! fresh.enter(pin: "9")
print(try! fresh.withdraw(60))
