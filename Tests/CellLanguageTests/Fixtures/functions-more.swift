func sum(_ values: Int...) -> Int {
    var total = 0
    for v in values { total += v }
    return total
}
func mean(of values: Double...) -> Double { values.reduce(0) { $0 + $1 } / Double(values.count) }
print(mean(of: 1, 2, 3, 4)) // expect: 2.5
func showAll(_ v: Double...) { print(v) }
showAll(1, 2.5) // expect: [1.0, 2.5]
func tagged(_ tag: String, _ values: Int..., separator: String = ",") -> String {
    tag + ":" + values.map { String($0) }.joined(separator: separator)
}
