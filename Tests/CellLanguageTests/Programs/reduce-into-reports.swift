// features: higher-order, reduce-into, dictionaries, tuples, key-paths, grouping, sorting, compactMap
struct Order {
    let customer: String
    let items: [String: Int]
    let total: Double
    let coupon: String?
}

let orders = [
    Order(customer: "ann", items: ["tea": 2, "cake": 1], total: 9.5, coupon: nil),
    Order(customer: "bob", items: ["coffee": 1], total: 3.2, coupon: "WELCOME"),
    Order(customer: "ann", items: ["coffee": 2, "cake": 2], total: 14.0, coupon: "LOYAL"),
    Order(customer: "cy", items: ["tea": 1], total: 2.5, coupon: nil),
    Order(customer: "bob", items: ["cake": 3], total: 12.0, coupon: nil),
]

let spending = orders.reduce(into: [String: Double]()) { result, order in
    result[order.customer, default: 0] += order.total
}
print(spending.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })

let itemTotals = orders.reduce(into: [:]) { (result: inout [String: Int], order) in
    for (item, qty) in order.items { result[item, default: 0] += qty }
}
print(itemTotals.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key))

let coupons = orders.compactMap(\.coupon)
print(coupons)
let (count, sum) = orders.reduce((0, 0.0)) { ($0.0 + 1, $0.1 + $1.total) }
print(count, sum, sum / Double(count))
let grouped = Dictionary(grouping: orders, by: \.customer).mapValues { $0.count }
print(grouped.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
let bigSpenders = spending.filter { $0.value > 10 }.keys.sorted()
print(bigSpenders)
let flat = orders.flatMap { $0.items.keys }.sorted()
print(flat)
let firstCoupon = orders.first { $0.coupon != nil }?.customer
print(firstCoupon ?? "-")
let merged = ["tea": 1, "jam": 4].merging(itemTotals) { $0 + $1 }
print(merged.sorted { $0.key < $1.key }.map(\.value))
print(orders.map(\.total).sorted(by: >).prefix(2))
print(orders.allSatisfy { $0.total > 2 }, orders.contains { $0.items.count > 2 })
