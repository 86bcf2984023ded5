// features: key-paths, generics, higher-order, structs, sorting, extensions
import Foundation
struct Movie {
    let title: String
    let year: Int
    let rating: Double
    var tags: [String]
}

let movies = [
    Movie(title: "Arrival", year: 2016, rating: 7.9, tags: ["sci-fi", "drama"]),
    Movie(title: "Heat", year: 1995, rating: 8.3, tags: ["crime"]),
    Movie(title: "Up", year: 2009, rating: 8.3, tags: ["animation", "family"]),
    Movie(title: "Alien", year: 1979, rating: 8.5, tags: ["sci-fi", "horror"]),
]

extension Sequence {
    func sorted<T: Comparable>(by keyPath: KeyPath<Element, T>) -> [Element] {
        sorted { $0[keyPath: keyPath] < $1[keyPath: keyPath] }
    }

    func sum<T: Numeric>(of keyPath: KeyPath<Element, T>) -> T {
        reduce(0) { $0 + $1[keyPath: keyPath] }
    }
}

print(movies.map(\.title))
print(movies.sorted(by: \.year).map(\.title))
print(movies.sorted(by: \.title).map(\.year))
print(movies.sum(of: \.year))
print(movies.map(\.tags.count))
print(movies.flatMap(\.tags).sorted())

let titleKey = \Movie.title
print(movies[0][keyPath: titleKey])
var favourite = movies[2]
favourite[keyPath: \Movie.tags].append("classic")
print(favourite.tags)

let topRated = movies.filter { $0.rating >= 8.3 }.map(\.title)
print(topRated)
let decades = Dictionary(grouping: movies) { $0.year / 10 * 10 }
print(decades.keys.sorted())
let average = movies.map(\.rating).reduce(0, +) / Double(movies.count)
print((average * 100).rounded() / 100)
