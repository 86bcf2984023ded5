// features: protocols, generics, enum-raw, case-iterable, protocol-extensions, formatting, static-requirements
import Foundation

protocol UnitOfMeasure: CaseIterable, RawRepresentable where RawValue == String {
    var factorToBase: Double { get }
}

extension UnitOfMeasure {
    func convert(_ value: Double, to other: Self) -> Double {
        value * factorToBase / other.factorToBase
    }
}

enum Length: String, UnitOfMeasure {
    case millimeter = "mm", centimeter = "cm", meter = "m", kilometer = "km", inch = "in", mile = "mi"

    var factorToBase: Double {
        switch self {
        case .millimeter: return 0.001
        case .centimeter: return 0.01
        case .meter: return 1
        case .kilometer: return 1000
        case .inch: return 0.0254
        case .mile: return 1609.344
        }
    }
}

enum Mass: String, UnitOfMeasure {
    case gram = "g", kilogram = "kg", pound = "lb", ounce = "oz"

    var factorToBase: Double {
        switch self {
        case .gram: return 1
        case .kilogram: return 1000
        case .pound: return 453.59237
        case .ounce: return 28.349523125
        }
    }
}

func table<U: UnitOfMeasure>(_ value: Double, _ unit: U) -> String {
    U.allCases.map { String(format: "%.4g%@", unit.convert(value, to: $0), $0.rawValue) }
        .joined(separator: "  ")
}

print(table(1, Length.mile))
print(table(2.5, Mass.kilogram))
print(Length.kilometer.convert(42.195, to: .mile))
print(Mass(rawValue: "oz")?.convert(16, to: .pound) ?? 0)
print(Length(rawValue: "ft") == nil)
let marathon = Length.allCases.filter { $0.factorToBase >= 1 }.map(\.rawValue)
print(marathon)
