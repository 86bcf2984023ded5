// features: protocols, protocol-extensions, classes, inheritance, literals-typing, formatting, mutating, static
import Foundation

protocol InterestBearing {
    var balance: Double { get set }
    var rate: Double { get }
    mutating func applyInterest(months: Int)
}

extension InterestBearing {
    mutating func applyInterest(months: Int) {
        for _ in 0..<months {
            balance += balance * rate / 12
        }
    }

    func projected(years: Int) -> Double {
        balance * pow(1 + rate / 12, Double(years * 12))
    }
}

struct SavingsAccount: InterestBearing {
    var balance: Double
    let rate = 0.03
}

struct BonusAccount: InterestBearing {
    var balance: Double
    var rate: Double { balance > 10_000 ? 0.05 : 0.02 }
    var bonusPaid = false

    mutating func applyInterest(months: Int) {
        for _ in 0..<months {
            balance += balance * rate / 12
        }
        if months >= 12 && !bonusPaid {
            balance += 100
            bonusPaid = true
        }
    }
}

class Bank {
    static let name = "Example Bank"
    static var accountsOpened = 0

    static func open(_ deposit: Double) -> SavingsAccount {
        accountsOpened += 1
        return SavingsAccount(balance: deposit)
    }
}

var s = Bank.open(1000)
s.applyInterest(months: 12)
print(String(format: "savings after a year: %.2f", s.balance))
print(String(format: "projected 10 years: %.2f", s.projected(years: 10)))

var b = BonusAccount(balance: 9_500)
b.applyInterest(months: 6)
print(String(format: "bonus after 6 months: %.2f", b.balance))
b.applyInterest(months: 12)
print(String(format: "bonus after 18 months: %.2f, rate %.2f", b.balance, b.rate))
var accounts: [InterestBearing] = [Bank.open(200), BonusAccount(balance: 20_000)]
for i in accounts.indices {
    accounts[i].applyInterest(months: 1)
}
print(accounts.map { String(format: "%.2f", $0.balance) })
print(Bank.name, Bank.accountsOpened)
