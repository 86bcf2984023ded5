// features: enum-associated, switch-patterns, structs, higher-order, formatting, protocols
import Foundation

enum Discount {
    case none
    case percent(Double)
    case fixed(Double)
    case buyXGetY(buy: Int, free: Int)
}

struct LineItem {
    let product: String
    let unitPrice: Double
    let quantity: Int
    var discount: Discount = .none

    var subtotal: Double { unitPrice * Double(quantity) }

    var total: Double {
        switch discount {
        case .none:
            return subtotal
        case .percent(let p):
            return subtotal * (1 - p / 100)
        case .fixed(let amount):
            return max(0, subtotal - amount)
        case let .buyXGetY(buy, free):
            let group = buy + free
            let paid = quantity / group * buy + quantity % group
            return Double(paid) * unitPrice
        }
    }
}

struct Cart {
    var items: [LineItem] = []

    mutating func add(_ item: LineItem) { items.append(item) }

    var total: Double { items.reduce(0) { $0 + $1.total } }
    var savings: Double { items.reduce(0) { $0 + $1.subtotal - $1.total } }
}

var cart = Cart()
cart.add(LineItem(product: "Notebook", unitPrice: 2.5, quantity: 4))
cart.add(LineItem(product: "Pen", unitPrice: 1.2, quantity: 10, discount: .buyXGetY(buy: 2, free: 1)))
cart.add(LineItem(product: "Bag", unitPrice: 30, quantity: 1, discount: .percent(15)))
cart.add(LineItem(product: "Lamp", unitPrice: 12, quantity: 1, discount: .fixed(20)))

for item in cart.items {
    let label: String
    switch item.discount {
    case .none: label = ""
    case .percent(let p) where p >= 10: label = " (big sale \(Int(p))%)"
    case .percent: label = " (sale)"
    case .fixed: label = " (coupon)"
    case .buyXGetY(let b, let f): label = " (buy \(b) get \(f))"
    }
    print(String(format: "%-9@ %2d x %6.2f = %7.2f", item.product as NSString, item.quantity, item.unitPrice, item.total) + label)
}
print(String(format: "Total: %.2f, saved %.2f", cart.total, cart.savings))
