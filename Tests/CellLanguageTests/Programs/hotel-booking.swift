// features: throws, error-enum, sets, dictionaries, ranges, classes, do-catch, try-optional, defer
enum BookingError: Error, Equatable {
    case noSuchRoom(Int)
    case unavailable(room: Int, nights: [Int])
    case invalidStay
}

final class Hotel {
    private var bookings: [Int: Set<Int>] = [101: [], 102: [], 201: [], 202: []]
    private(set) var log: [String] = []

    func book(room: Int, nights: Range<Int>, guest: String) throws {
        defer { log.append("\(guest)->\(room)") }
        guard !nights.isEmpty else { throw BookingError.invalidStay }
        guard let taken = bookings[room] else { throw BookingError.noSuchRoom(room) }
        let clash = taken.intersection(nights)
        guard clash.isEmpty else {
            throw BookingError.unavailable(room: room, nights: clash.sorted())
        }
        bookings[room] = taken.union(nights)
    }

    func freeRooms(for nights: Range<Int>) -> [Int] {
        bookings.filter { $0.value.isDisjoint(with: nights) }.map(\.key).sorted()
    }

    func occupancy(night: Int) -> Double {
        let booked = bookings.values.filter { $0.contains(night) }.count
        return Double(booked) / Double(bookings.count)
    }
}

let hotel = Hotel()
let requests: [(Int, Range<Int>, String)] = [
    (101, 1..<4, "Ada"), (101, 3..<5, "Bo"), (305, 1..<2, "Cy"),
    (102, 2..<2, "Di"), (201, 2..<6, "Ed"), (101, 4..<6, "Fi"),
]
for (room, nights, guest) in requests {
    do {
        try hotel.book(room: room, nights: nights, guest: guest)
        print("\(guest): booked \(room) for nights \(Array(nights))")
    } catch BookingError.unavailable(let room, let nights) {
        print("\(guest): room \(room) taken on \(nights)")
    } catch let error as BookingError {
        print("\(guest): \(error)")
    } catch {
        print("unexpected")
    }
}
print(hotel.freeRooms(for: 3..<5))
print((1...6).map { hotel.occupancy(night: $0) })
let ok = (try? hotel.book(room: 202, nights: 1..<3, guest: "Gus")) != nil
print(ok, hotel.log.count)
