// features: inout, overloading, structs, arrays, tuples, discard, mutating
struct Stock {
    var name: String
    var count: Int
}

func restock(_ item: inout Stock, by amount: Int) {
    item.count += amount
}

func restock(_ items: inout [Stock], by amount: Int) {
    for i in items.indices {
        restock(&items[i], by: amount)
    }
}

func restock(_ items: inout [Stock], named name: String, by amount: Int) -> Bool {
    guard let index = items.firstIndex(where: { $0.name == name }) else { return false }
    restock(&items[index], by: amount)
    return true
}

func take(_ amount: Int, from item: inout Stock) -> Int {
    let taken = min(amount, item.count)
    item.count -= taken
    return taken
}

func normalize(_ values: inout [Double]) {
    let total = values.reduce(0, +)
    guard total != 0 else { return }
    for i in values.indices { values[i] /= total }
}

func minMax(_ values: [Int], into result: inout (min: Int, max: Int)) {
    for v in values {
        if v < result.min { result.min = v }
        if v > result.max { result.max = v }
    }
}

var shelf = [Stock(name: "bolts", count: 10), Stock(name: "nuts", count: 4), Stock(name: "gears", count: 0)]
restock(&shelf, by: 2)
print(shelf.map { "\($0.name):\($0.count)" })
print(restock(&shelf, named: "gears", by: 5), restock(&shelf, named: "pins", by: 1))
_ = restock(&shelf, named: "nuts", by: 1)
print(take(3, from: &shelf[0]), take(100, from: &shelf[1]))
print(shelf.map(\.count))

var weights: [Double] = [2, 3, 5]
normalize(&weights)
print(weights)
var bounds = (min: Int.max, max: Int.min)
minMax([4, -2, 9, 0], into: &bounds)
minMax([12], into: &bounds)
print(bounds)
var text = "abc"
func shout(_ s: inout String) { s = s.uppercased() + "!" }
shout(&text)
print(text)
