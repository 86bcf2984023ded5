// features: classes, throws, error-struct, optionals, dictionaries, do-catch, try-optional, defer
struct LibraryError: Error, CustomStringConvertible {
    let title: String
    let reason: String
    var description: String { "\(title): \(reason)" }
}

class Book {
    let title: String
    let author: String
    var borrower: String?

    init(title: String, author: String) {
        self.title = title
        self.author = author
    }

    var isAvailable: Bool { borrower == nil }
}

class Library {
    private var books: [String: Book] = [:]
    private(set) var operations = 0

    func add(_ book: Book) {
        books[book.title] = book
    }

    func checkOut(_ title: String, to member: String) throws -> Book {
        defer { operations += 1 }
        guard let book = books[title] else {
            throw LibraryError(title: title, reason: "not in catalogue")
        }
        if let current = book.borrower {
            throw LibraryError(title: title, reason: "already borrowed by \(current)")
        }
        book.borrower = member
        return book
    }

    func giveBack(_ title: String) throws {
        guard let book = books[title], book.borrower != nil else {
            throw LibraryError(title: title, reason: "was not borrowed")
        }
        book.borrower = nil
    }

    var available: [String] {
        books.values.filter(\.isAvailable).map(\.title).sorted()
    }
}

let library = Library()
library.add(Book(title: "Dune", author: "Herbert"))
library.add(Book(title: "Emma", author: "Austen"))
library.add(Book(title: "Ulysses", author: "Joyce"))

do {
    let book = try library.checkOut("Dune", to: "Mia")
    print("\(book.title) by \(book.author) -> \(book.borrower ?? "?")")
    _ = try library.checkOut("Dune", to: "Leo")
} catch let error as LibraryError {
    print("Failed:", error)
} catch {
    print("Unexpected:", error)
}

let maybe = try? library.checkOut("Hamlet", to: "Leo")
print(maybe == nil ? "no Hamlet" : "got Hamlet")
print(library.available)
do {
    try library.giveBack("Emma")
} catch {
    print(error)
}
try? library.giveBack("Dune")
print(library.available)
print("operations:", library.operations)
