// features: structs, operators, comparable, custom-string, overloading, extension-builtin, throws
import Foundation
enum MoneyError: Error {
    case currencyMismatch(String, String)
}

struct Money: Comparable, CustomStringConvertible {
    let cents: Int
    let currency: String

    init(cents: Int, currency: String = "EUR") {
        self.cents = cents
        self.currency = currency
    }

    init(_ amount: Double, currency: String = "EUR") {
        self.init(cents: Int((amount * 100).rounded()), currency: currency)
    }

    var description: String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let fraction = value % 100
        return "\(sign)\(value / 100).\(fraction < 10 ? "0" : "")\(fraction) \(currency)"
    }

    static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents, currency: a.currency) }
    static func * (a: Money, factor: Int) -> Money { Money(cents: a.cents * factor, currency: a.currency) }
    static func * (a: Money, factor: Double) -> Money {
        Money(cents: Int((Double(a.cents) * factor).rounded()), currency: a.currency)
    }
    static func < (a: Money, b: Money) -> Bool { a.cents < b.cents }

    func adding(_ other: Money) throws -> Money {
        guard other.currency == currency else {
            throw MoneyError.currencyMismatch(currency, other.currency)
        }
        return self + other
    }

    func split(into parts: Int) -> [Money] {
        let base = cents / parts
        let remainder = cents % parts
        return (0..<parts).map { Money(cents: base + ($0 < remainder ? 1 : 0), currency: currency) }
    }
}

extension Int {
    var euros: Money { Money(cents: self * 100) }
}

let price = Money(19.99)
print(price, price * 3, price * 0.15)
print(5.euros + Money(cents: 5))
print(Money(cents: -250))
print(Money(100).split(into: 3))
let bills = [Money(12.5), Money(3.75), 20.euros, Money(0.99)]
print(bills.sorted().map(\.description))
print(bills.max()!, bills.reduce(Money(cents: 0), +))
do {
    _ = try price.adding(Money(5, currency: "USD"))
} catch MoneyError.currencyMismatch(let a, let b) {
    print("cannot add \(b) to \(a)")
}
print(try price.adding(Money(0.01)))
