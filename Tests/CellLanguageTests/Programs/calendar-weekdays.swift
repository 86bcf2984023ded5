// features: enum-raw, case-iterable, computed-properties, switch-patterns, fallthrough, extensions
import Foundation
enum Weekday: Int, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    var isWeekend: Bool { self == .saturday || self == .sunday }

    var short: String { String("\(self)".prefix(3)).capitalized }

    func advanced(by days: Int) -> Weekday {
        let index = ((rawValue - 1 + days) % 7 + 7) % 7
        return Weekday(rawValue: index + 1)!
    }
}

enum Month: Int, CaseIterable {
    case jan = 1, feb, mar, apr, may, jun, jul, aug, sep, oct, nov, dec

    func days(leapYear: Bool) -> Int {
        switch self {
        case .feb: return leapYear ? 29 : 28
        case .apr, .jun, .sep, .nov: return 30
        default: return 31
        }
    }
}

func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

print(Weekday.allCases.map(\.short).joined(separator: " "))
print(Weekday.allCases.filter(\.isWeekend).map(\.rawValue))
print(Weekday.friday.advanced(by: 3), Weekday.monday.advanced(by: -1))

let year = 2024
let total = Month.allCases.reduce(0) { $0 + $1.days(leapYear: isLeap(year)) }
print("Days in \(year):", total)
print([1900, 2000, 2023, 2024].map(isLeap))

// January 1st 2024 was a Monday; print the first weekday of each month.
var first = Weekday.monday
for month in Month.allCases {
    print("\(month): starts on \(first.short)")
    first = first.advanced(by: month.days(leapYear: isLeap(year)))
}

func workload(_ day: Weekday) -> String {
    var tasks: [String] = []
    switch day {
    case .monday:
        tasks.append("planning")
        fallthrough
    case .tuesday, .wednesday, .thursday:
        tasks.append("coding")
    case .friday:
        tasks.append("review")
    case .saturday, .sunday:
        tasks.append("rest")
    }
    return tasks.joined(separator: "+")
}
print(Weekday.allCases.map(workload))
