// features: lazy, computed-properties, classes, structs, closures
class DataSet {
    let values: [Double]
    private(set) var computations = 0

    init(_ values: [Double]) {
        self.values = values
    }

    lazy var mean: Double = {
        computations += 1
        return values.reduce(0, +) / Double(values.count)
    }()

    lazy var sortedValues: [Double] = values.sorted()

    var median: Double {
        let s = sortedValues
        let mid = s.count / 2
        return s.count % 2 == 0 ? (s[mid - 1] + s[mid]) / 2 : s[mid]
    }

    var range: (min: Double, max: Double) {
        (sortedValues.first ?? 0, sortedValues.last ?? 0)
    }
}

let data = DataSet([4, 8, 15, 16, 23, 42])
print(data.computations)
print(data.mean)
print(data.mean)
print(data.computations)
print(data.median)
let (lo, hi) = data.range
print(lo, hi)

struct Rectangle {
    var width: Double
    var height: Double

    var area: Double { width * height }

    var aspect: Double {
        get { width / height }
        set { width = height * newValue }
    }

    var center: (x: Double, y: Double) {
        get { (width / 2, height / 2) }
        set {
            width = newValue.x * 2
            height = newValue.y * 2
        }
    }
}

var r = Rectangle(width: 4, height: 2)
print(r.area, r.aspect)
r.aspect = 3
print(r.width, r.area)
r.center = (x: 5, y: 1)
print(r.width, r.height, r.center.x)
