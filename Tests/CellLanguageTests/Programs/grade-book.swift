// features: structs, enum-raw, switch-patterns, higher-order, dictionaries, tuples, formatting, literals-typing
import Foundation

enum Grade: String {
    case a = "A", b = "B", c = "C", d = "D", f = "F"

    init(score: Double) {
        switch score {
        case 90...: self = .a
        case 80..<90: self = .b
        case 70..<80: self = .c
        case 60..<70: self = .d
        default: self = .f
        }
    }
}

struct Student {
    let name: String
    var scores: [Double]

    var average: Double {
        scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }
    var grade: Grade { Grade(score: average) }
}

let students = [
    Student(name: "Ana", scores: [92, 88, 95]),
    Student(name: "Ben", scores: [75, 64, 81]),
    Student(name: "Cleo", scores: [58, 62, 49]),
    Student(name: "Dev", scores: [85, 91, 78]),
    Student(name: "Eli", scores: []),
]

for student in students {
    let avg = String(format: "%.1f", student.average)
    print("\(student.name.padding(toLength: 6, withPad: " ", startingAt: 0))\(avg)  \(student.grade.rawValue)")
}

var distribution: [Grade: Int] = [:]
for student in students {
    distribution[student.grade, default: 0] += 1
}
for grade in [Grade.a, .b, .c, .d, .f] {
    let count = distribution[grade] ?? 0
    print(grade.rawValue, String(repeating: "*", count: count))
}

let (best, worst) = (
    students.max { $0.average < $1.average }!,
    students.min { $0.average < $1.average }!
)
print("Best: \(best.name), worst: \(worst.name)")
let classAverage = students.map(\.average).reduce(0, +) / Double(students.count)
print(String(format: "Class average: %.2f", classAverage))
let passing = students.filter { $0.grade != .f }.map(\.name)
print("Passing:", passing)
