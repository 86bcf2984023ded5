struct Size {
    var width: Double
    var height: Double = 1
}
let s1 = Size(width: 2, height: 3)
let s2 = Size(width: 4)
struct Labeled {
    var width: Double
    let unit = "cm"
}
let labeled = Labeled(width: 2)
print(labeled, labeled.unit) // expect: Labeled(width: 2.0, unit: "cm") cm
struct Person {
    var name: String
    var age: Int
    var nickname: String?
}
struct Line { var from: Size; var to: Size }
// ---
struct Limits {
    static let maximum = 10
    var value: Int
    init(value: Int) {
        self.value = min(value, Limits.maximum)
    }
}
struct Factory {
    static func make() -> Int { 42 }
}
print(Factory.make()) // expect: 42
struct Unit {
    static let zero = Unit(v: 0)
    var v: Int
}
// ---
class NoInit { // expect error:7: class 'NoInit' has no initializers
    var x: Int
}
