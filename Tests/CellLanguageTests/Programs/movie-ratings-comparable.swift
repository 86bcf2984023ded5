// features: comparable, equatable, structs, enum-raw, sorting, dictionaries, custom-string, higher-order
import Foundation
enum Genre: String, Comparable, CaseIterable {
    case comedy, drama, horror, scifi
    static func < (a: Genre, b: Genre) -> Bool { a.rawValue < b.rawValue }
}

struct Rating: Comparable, CustomStringConvertible {
    let stars: Int
    let votes: Int

    var score: Double { Double(stars * votes + 3 * 10) / Double(votes + 10) }
    var description: String { "\(stars)★(\(votes))" }

    static func < (a: Rating, b: Rating) -> Bool {
        a.score != b.score ? a.score < b.score : a.votes < b.votes
    }
}

struct Film: Equatable {
    let title: String
    let genre: Genre
    let rating: Rating

    static func == (a: Film, b: Film) -> Bool { a.title == b.title }
}

let films = [
    Film(title: "Moon", genre: .scifi, rating: Rating(stars: 4, votes: 120)),
    Film(title: "Airplane!", genre: .comedy, rating: Rating(stars: 4, votes: 300)),
    Film(title: "Alien", genre: .horror, rating: Rating(stars: 5, votes: 8)),
    Film(title: "Gattaca", genre: .scifi, rating: Rating(stars: 4, votes: 200)),
    Film(title: "Amadeus", genre: .drama, rating: Rating(stars: 5, votes: 90)),
    Film(title: "Moon", genre: .drama, rating: Rating(stars: 1, votes: 2)),
]

for film in films.sorted(by: { $0.rating > $1.rating }) {
    print(film.title, film.rating, (film.rating.score * 100).rounded() / 100)
}
print(films[0] == films[5], films[0] == films[1])
let bestPerGenre = Dictionary(grouping: films, by: \.genre).mapValues { $0.max { $0.rating < $1.rating }!.title }
for genre in bestPerGenre.keys.sorted() {
    print(genre.rawValue, bestPerGenre[genre]!)
}
print(Genre.allCases.sorted(by: >).map(\.rawValue))
print(films.map(\.rating).max()!, films.map(\.rating).min()!)
print(Rating(stars: 3, votes: 10) == Rating(stars: 3, votes: 10))
