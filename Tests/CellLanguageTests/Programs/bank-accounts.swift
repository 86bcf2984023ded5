// features: classes, throws, do-catch, optionals
enum TransactionError: Error, CustomStringConvertible {
    case insufficientFunds(needed: Double)
    case invalidAmount
    var description: String {
        switch self {
        case .insufficientFunds(let needed): return "need \(needed) more"
        case .invalidAmount: return "invalid amount"
        }
    }
}
class BankAccount {
    let owner: String
    private(set) var balance: Double = 0
    var transactions: [Double] = []
    init(owner: String) { self.owner = owner }
    func deposit(_ amount: Double) throws {
        guard amount > 0 else { throw TransactionError.invalidAmount }
        balance += amount
        transactions.append(amount)
    }
    func withdraw(_ amount: Double) throws {
        guard amount > 0 else { throw TransactionError.invalidAmount }
        guard amount <= balance else { throw TransactionError.insufficientFunds(needed: amount - balance) }
        balance -= amount
        transactions.append(-amount)
    }
}
class SavingsAccount: BankAccount {
    let rate: Double
    init(owner: String, rate: Double) {
        self.rate = rate
        super.init(owner: owner)
    }
    func addInterest() throws { try deposit(balance * rate) }
}
let acct = SavingsAccount(owner: "Ann", rate: 0.1)
do {
    try acct.deposit(100)
    try acct.addInterest()
    try acct.withdraw(500)
} catch let error as TransactionError {
    print("Failed: \(error)")
}
print(acct.balance, acct.transactions)
do { try acct.deposit(-5) } catch { print("Error:", error) }
let summary = acct.transactions.reduce(into: [String: Double]()) { result, t in
    result[t >= 0 ? "in" : "out", default: 0] += t
}
print(summary["in"]!)
