// features: generics, protocols, generic-constraints, extensions, where-clause, literals-typing, dictionaries
import Foundation
protocol Scorable {
    var score: Double { get }
    var label: String { get }
}

struct Exam: Scorable {
    let subject: String
    let points: Int
    let maxPoints: Int
    var score: Double { Double(points) / Double(maxPoints) * 100 }
    var label: String { subject }
}

struct Project: Scorable {
    let title: String
    let grade: Double
    var score: Double { grade * 20 }
    var label: String { "project \(title)" }
}

func average<T: Scorable>(_ items: [T]) -> Double {
    guard !items.isEmpty else { return 0 }
    return items.map(\.score).reduce(0, +) / Double(items.count)
}

func best<T>(_ items: [T]) -> T? where T: Scorable {
    items.max { $0.score < $1.score }
}

func weighted(_ parts: [(weight: Double, value: Double)]) -> Double {
    let total = parts.map(\.weight).reduce(0, +)
    return parts.map { $0.weight * $0.value }.reduce(0, +) / total
}

extension Array where Element: Scorable {
    func above(_ threshold: Double) -> [String] {
        filter { $0.score > threshold }.map(\.label)
    }
}

let exams = [
    Exam(subject: "algebra", points: 42, maxPoints: 50),
    Exam(subject: "geometry", points: 27, maxPoints: 40),
    Exam(subject: "statistics", points: 58, maxPoints: 60),
]
let projects = [Project(title: "bridge", grade: 4.5), Project(title: "survey", grade: 3.75)]
print(average(exams), average(projects))
print(best(exams)?.label ?? "-", best(projects)?.label ?? "-")
print(exams.above(80), projects.above(80))
let final = weighted([(0.6, average(exams)), (0.4, average(projects))])
print((final * 10).rounded() / 10)
let all: [Scorable] = exams + projects.map { $0 as Scorable }
print(all.map(\.label))
let scale = 100 / 4
print(scale, 3 * 2 / final > 0, 1 / 3 * final)
