// features: string-methods, structs, optionals, throws, higher-order, dictionaries, formatting, key-paths
import Foundation

struct Sale {
    let region: String
    let product: String
    let units: Int
    let price: Double
    var revenue: Double { Double(units) * price }
}

enum CSVError: Error {
    case badRow(line: Int, text: String)
}

let csv = """
region,product,units,price
North,Widget,12,2.50
South,Gadget,3,10.00
North,Gadget,7,9.50
East,Widget,20,2.25
South,Widget,not-a-number,2.50
East,Gizmo,1,99.99
"""

func parse(_ text: String) -> (sales: [Sale], errors: [CSVError]) {
    var sales: [Sale] = []
    var errors: [CSVError] = []
    for (index, line) in text.split(separator: "\n").enumerated().dropFirst() {
        let fields = line.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard fields.count == 4, let units = Int(fields[2]), let price = Double(fields[3]) else {
            errors.append(.badRow(line: index + 1, text: String(line)))
            continue
        }
        sales.append(Sale(region: fields[0], product: fields[1], units: units, price: price))
    }
    return (sales, errors)
}

let (sales, errors) = parse(csv)
print("Parsed \(sales.count) rows, \(errors.count) errors")
for case let .badRow(line, text) in errors {
    print("  line \(line): \(text)")
}
let byRegion = Dictionary(grouping: sales, by: \.region)
for region in byRegion.keys.sorted() {
    let rows = byRegion[region]!
    let revenue = rows.map(\.revenue).reduce(0, +)
    print(String(format: "%@ %8.2f (%d products)", region, revenue, rows.count))
}
let units = sales.map(\.units)
print("Units:", units, "total", units.reduce(0, +))
let best = sales.max { $0.revenue < $1.revenue }!
print("Best: \(best.product) in \(best.region)")
let products = Set(sales.map(\.product)).sorted()
print(products.joined(separator: "|"))
