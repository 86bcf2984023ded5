// features: overloading, default-parameters, labels, structs, optionals, generics, higher-order
struct Book {
    let title: String
    let author: String
    let year: Int
    let price: Double
}

struct Catalogue {
    var books: [Book]

    func find(title: String) -> Book? {
        books.first { $0.title == title }
    }

    func find(author: String) -> [Book] {
        books.filter { $0.author == author }
    }

    func find(publishedIn year: Int) -> [Book] {
        books.filter { $0.year == year }
    }

    func find(from start: Int, to end: Int) -> [Book] {
        books.filter { (start...end).contains($0.year) }
    }

    func find(cheaperThan limit: Double, sortedByPrice: Bool = true) -> [Book] {
        let cheap = books.filter { $0.price < limit }
        return sortedByPrice ? cheap.sorted { $0.price < $1.price } : cheap
    }

    func price(of title: String) -> Double? { find(title: title)?.price }
    func price(of titles: [String]) -> Double { titles.compactMap { price(of: $0) }.reduce(0, +) }
}

func describe(_ book: Book) -> String { "\(book.title) (\(book.year))" }
func describe(_ books: [Book]) -> String { books.map(describe).joined(separator: "; ") }
func describe(_ book: Book?) -> String { book.map(describe) ?? "not found" }

let catalogue = Catalogue(books: [
    Book(title: "Emma", author: "Austen", year: 1815, price: 7.5),
    Book(title: "Persuasion", author: "Austen", year: 1817, price: 6.25),
    Book(title: "Frankenstein", author: "Shelley", year: 1818, price: 8.0),
    Book(title: "Ivanhoe", author: "Scott", year: 1819, price: 9.99),
    Book(title: "Rob Roy", author: "Scott", year: 1817, price: 5.5),
])

print(describe(catalogue.find(title: "Ivanhoe")))
print(describe(catalogue.find(title: "Dracula")))
print(describe(catalogue.find(author: "Scott")))
print(describe(catalogue.find(publishedIn: 1817)))
print(describe(catalogue.find(from: 1816, to: 1818)))
print(describe(catalogue.find(cheaperThan: 8)))
print(describe(catalogue.find(cheaperThan: 8, sortedByPrice: false)))
print(catalogue.price(of: "Emma") ?? 0, catalogue.price(of: ["Emma", "Rob Roy", "Nope"]))
