// features: structs, enum-raw, dictionaries, switch-patterns, literals-typing, higher-order, formatting, overloading
import Foundation

enum MemberType: String {
    case student, adult, senior
    var dailyFee: Double {
        switch self {
        case .student: return 0.1
        case .adult: return 0.25
        case .senior: return 0.05
        }
    }
    var maxFee: Double { self == .adult ? 10 : 5 }
}

struct Loan {
    let title: String
    let member: String
    let type: MemberType
    let dueDay: Int
    let returnedDay: Int?
}

func lateDays(_ loan: Loan, today: Int) -> Int {
    max(0, (loan.returnedDay ?? today) - loan.dueDay)
}

func fee(_ loan: Loan, today: Int) -> Double {
    min(Double(lateDays(loan, today: today)) * loan.type.dailyFee, loan.type.maxFee)
}

func fee(_ loans: [Loan], today: Int) -> Double {
    loans.map { fee($0, today: today) }.reduce(0, +)
}

let today = 40
let loans = [
    Loan(title: "Dune", member: "kim", type: .adult, dueDay: 30, returnedDay: 33),
    Loan(title: "Emma", member: "lee", type: .student, dueDay: 20, returnedDay: nil),
    Loan(title: "Kim", member: "kim", type: .adult, dueDay: 2, returnedDay: nil),
    Loan(title: "Odyssey", member: "max", type: .senior, dueDay: 35, returnedDay: 34),
    Loan(title: "Ulysses", member: "lee", type: .student, dueDay: 39, returnedDay: nil),
]
for loan in loans {
    let status = loan.returnedDay == nil ? "out" : "returned"
    print(String(format: "%@ %@ late %d fee %.2f", loan.title, status, lateDays(loan, today: today), fee(loan, today: today)))
}
let byMember = Dictionary(grouping: loans, by: \.member)
for member in byMember.keys.sorted() {
    print(member, String(format: "%.2f", fee(byMember[member]!, today: today)))
}
let overdue = loans.filter { $0.returnedDay == nil && $0.dueDay < today }.map(\.title)
print(overdue)
print(String(format: "%.2f", fee(loans, today: today)))
