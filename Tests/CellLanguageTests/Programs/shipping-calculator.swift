// features: enum-raw, enum-associated, overloading, default-parameters, literals-typing, switch-patterns, throws
import Foundation

enum Zone: Int, CaseIterable {
    case domestic = 1, neighbour, continental, world
}

enum Package {
    case letter(grams: Int)
    case parcel(kilograms: Double, fragile: Bool)
    case pallet(count: Int)
}

enum ShippingError: Error {
    case tooHeavy(Double)
    case notAvailable(Zone)
}

func cost(of package: Package, to zone: Zone, express: Bool = false) throws -> Double {
    let base: Double
    switch package {
    case .letter(let g) where g <= 20:
        base = 0.85
    case .letter(let g):
        base = 0.85 + Double((g - 1) / 50) * 0.4
    case .parcel(let kg, _) where kg > 30:
        throw ShippingError.tooHeavy(kg)
    case let .parcel(kg, fragile):
        base = 4.5 + kg * 1.2 + (fragile ? 3 : 0)
    case .pallet(let n):
        guard zone != .world else { throw ShippingError.notAvailable(zone) }
        base = Double(n) * 85
    }
    let multiplier = 1 + Double(zone.rawValue - 1) * 0.5
    return (base * multiplier * (express ? 1.8 : 1) * 100).rounded() / 100
}

func cost(of packages: [Package], to zone: Zone) -> Double {
    packages.compactMap { try? cost(of: $0, to: zone) }.reduce(0, +)
}

let packages: [Package] = [
    .letter(grams: 15), .letter(grams: 180), .parcel(kilograms: 2.5, fragile: false),
    .parcel(kilograms: 12, fragile: true), .parcel(kilograms: 45, fragile: false), .pallet(count: 2),
]
for zone in Zone.allCases {
    var row: [String] = []
    for p in packages {
        do {
            row.append(String(format: "%7.2f", try cost(of: p, to: zone)))
        } catch ShippingError.tooHeavy {
            row.append("  heavy")
        } catch {
            row.append("    n/a")
        }
    }
    print(zone, row.joined())
}
print(try cost(of: .letter(grams: 15), to: .domestic, express: true))
print(cost(of: packages, to: .neighbour))
