// features: throws, error-enum, do-catch, classes, defer, interpolation, switch-patterns
enum BankError: Error {
    case insufficientFunds(needed: Double)
    case invalidAmount
    case accountFrozen
}

class Account {
    let owner: String
    private(set) var balance: Double
    var frozen = false
    var log: [String] = []

    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
    }

    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw BankError.invalidAmount }
        guard !frozen else { throw BankError.accountFrozen }
        balance += amount
        log.append("deposit \(amount)")
    }

    func withdraw(_ amount: Double) throws {
        defer { log.append("withdraw attempt \(amount)") }
        guard amount > 0 else { throw BankError.invalidAmount }
        if amount > balance {
            throw BankError.insufficientFunds(needed: amount - balance)
        }
        balance -= amount
    }
}

func transfer(_ amount: Double, from a: Account, to b: Account) throws {
    try a.withdraw(amount)
    try b.deposit(amount)
}

let alice = Account(owner: "Alice", balance: 100)
let bob = Account(owner: "Bob")

let attempts: [Double] = [30, 80, -5, 50]
for amount in attempts {
    do {
        try transfer(amount, from: alice, to: bob)
        print("Moved \(amount): Alice \(alice.balance), Bob \(bob.balance)")
    } catch BankError.insufficientFunds(let needed) {
        print("Cannot move \(amount): short by \(needed)")
    } catch BankError.invalidAmount {
        print("Invalid amount \(amount)")
    } catch {
        print("Other error: \(error)")
    }
}

bob.frozen = true
do {
    try bob.deposit(10)
} catch let error as BankError {
    switch error {
    case .accountFrozen: print("Bob's account is frozen")
    default: print("unexpected")
    }
}
print(alice.log)
print(bob.log.count)
