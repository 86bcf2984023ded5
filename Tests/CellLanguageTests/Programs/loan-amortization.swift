// features: literals-typing, formatting, structs, while, higher-order, overloading, tuples
import Foundation

struct Loan {
    let principal: Double
    let annualRate: Double
    let years: Int

    var monthlyRate: Double { annualRate / 12 / 100 }
    var months: Int { years * 12 }

    var payment: Double {
        let r = monthlyRate
        guard r > 0 else { return principal / Double(months) }
        return principal * r / (1 - pow(1 + r, -Double(months)))
    }

    func schedule() -> [(month: Int, interest: Double, principal: Double, balance: Double)] {
        var balance = principal
        var rows: [(Int, Double, Double, Double)] = []
        for month in 1...months {
            let interest = balance * monthlyRate
            let paid = min(payment - interest, balance)
            balance -= paid
            rows.append((month, interest, paid, max(balance, 0)))
        }
        return rows
    }
}

func money(_ x: Double) -> String { String(format: "%10.2f", x) }
func money(_ x: Int) -> String { money(Double(x)) }

let loan = Loan(principal: 12000, annualRate: 6, years: 1)
print("Monthly payment:", money(loan.payment))
for row in loan.schedule() where row.month % 3 == 0 {
    print(String(format: "%2d", row.month), money(row.interest), money(row.principal), money(row.balance))
}
let totalInterest = loan.schedule().map(\.interest).reduce(0, +)
print("Total interest:", money(totalInterest))
print("Zero-rate payment:", money(Loan(principal: 1200, annualRate: 0, years: 1).payment))
print(money(500))

var savings = 1000.0
var year = 0
while savings < 2000 {
    savings *= 1.07
    year += 1
}
print("Doubled after \(year) years:", String(format: "%.2f", savings))
let rule72 = 72 / 7.0
print(String(format: "Rule of 72 says %.1f years", rule72))
