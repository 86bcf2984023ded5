// features: hashable, equatable, sets, dictionaries, structs, sorting, comparable
struct Student: Hashable, Comparable {
    let id: Int
    let name: String

    static func < (lhs: Student, rhs: Student) -> Bool {
        lhs.name < rhs.name
    }
}

struct Course: Hashable {
    let code: String
}

let ana = Student(id: 1, name: "Ana")
let ben = Student(id: 2, name: "Ben")
let cai = Student(id: 3, name: "Cai")
let anaAgain = Student(id: 1, name: "Ana")

print(ana == anaAgain, ana == ben)
print(ana < ben, cai < ben)

var enrollment: [Course: Set<Student>] = [:]
func enroll(_ s: Student, in code: String) {
    enrollment[Course(code: code), default: []].insert(s)
}
enroll(ana, in: "CS101")
enroll(ben, in: "CS101")
enroll(anaAgain, in: "CS101")
enroll(cai, in: "MA201")
enroll(ana, in: "MA201")

for code in ["CS101", "MA201", "PH300"] {
    let students = enrollment[Course(code: code)] ?? []
    print(code, students.sorted().map(\.name))
}

let cs = enrollment[Course(code: "CS101")] ?? []
let ma = enrollment[Course(code: "MA201")] ?? []
print("Both:", cs.intersection(ma).sorted().map(\.name))
print("Either:", cs.union(ma).sorted().map(\.name))
print("Only CS:", cs.subtracting(ma).map(\.name))
print(cs.contains(anaAgain))
let roster = [cai, ana, ben, ana].sorted()
print(roster.map(\.name))
print(Set(roster).count)
