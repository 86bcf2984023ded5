// features: enum-associated, structs, throws, error-struct, reduce, switch-patterns, do-catch, rethrows
enum Transaction {
    case deposit(Double)
    case withdrawal(Double)
    case transfer(to: String, amount: Double)
    case fee(String, Double)
}

struct LedgerError: Error {
    let index: Int
    let message: String
}

struct Ledger {
    var opening: Double
    var entries: [Transaction] = []

    func balance() throws -> Double {
        var balance = opening
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .deposit(let amount):
                balance += amount
            case .withdrawal(let amount), .transfer(_, let amount):
                guard amount <= balance else {
                    throw LedgerError(index: index, message: "overdraft of \(amount - balance)")
                }
                balance -= amount
            case let .fee(_, amount):
                balance -= amount
            }
        }
        return balance
    }

    func total(where include: (Transaction) throws -> Bool) rethrows -> Int {
        try entries.filter(include).count
    }
}

var ledger = Ledger(opening: 100)
ledger.entries = [
    .deposit(50), .withdrawal(30), .transfer(to: "savings", amount: 60),
    .fee("monthly", 2.5), .deposit(10.25),
]
print(try ledger.balance())
let transfers = ledger.total { entry in
    if case .transfer = entry { return true }
    return false
}
print("transfers:", transfers)
let fees = ledger.entries.compactMap { entry -> Double? in
    guard case .fee(_, let amount) = entry else { return nil }
    return amount
}
print("fees:", fees)

ledger.entries.append(.withdrawal(500))
do {
    print(try ledger.balance())
} catch let error as LedgerError {
    print("entry \(error.index): \(error.message)")
}
for case .deposit(let amount) in ledger.entries {
    print("deposit", amount)
}
