// features: classes, inheritance, override, type-casting, protocol-values, higher-order, formatting
import Foundation

class Employee {
    let name: String
    let baseSalary: Double

    init(name: String, baseSalary: Double) {
        self.name = name
        self.baseSalary = baseSalary
    }

    func monthlyPay() -> Double { baseSalary / 12 }
    func title() -> String { "Employee" }
    func describe() -> String {
        String(format: "%@ (%@): %.2f", name, title(), monthlyPay())
    }
}

class Manager: Employee {
    var reports: [Employee] = []
    let bonusRate: Double

    init(name: String, baseSalary: Double, bonusRate: Double) {
        self.bonusRate = bonusRate
        super.init(name: name, baseSalary: baseSalary)
    }

    override func monthlyPay() -> Double {
        super.monthlyPay() * (1 + bonusRate) + Double(reports.count) * 100
    }
    override func title() -> String { "Manager of \(reports.count)" }
}

final class Contractor: Employee {
    let hours: Int
    let rate: Double

    init(name: String, hours: Int, rate: Double) {
        self.hours = hours
        self.rate = rate
        super.init(name: name, baseSalary: 0)
    }

    override func monthlyPay() -> Double { Double(hours) * rate }
    override func title() -> String { "Contractor" }
}

let dev = Employee(name: "Dana", baseSalary: 60000)
let ops = Employee(name: "Omar", baseSalary: 54000)
let boss = Manager(name: "Mara", baseSalary: 90000, bonusRate: 0.1)
boss.reports = [dev, ops]
let temp = Contractor(name: "Tom", hours: 80, rate: 45.5)

let staff: [Employee] = [dev, ops, boss, temp]
for person in staff {
    print(person.describe())
}

let payroll = staff.reduce(0) { $0 + $1.monthlyPay() }
print(String(format: "Payroll: %.2f", payroll))
let managers = staff.compactMap { $0 as? Manager }
print("Managers:", managers.map(\.name))
let contractorCount = staff.filter { $0 is Contractor }.count
print("Contractors:", contractorCount)
if let top = staff.max(by: { $0.monthlyPay() < $1.monthlyPay() }) {
    print("Top earner:", top.name)
}
