// features: enum-raw, case-iterable, computed-properties, static-members, switch-patterns, literals-typing, formatting
import Foundation

enum Planet: Int, CaseIterable, Comparable {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune

    static let gravitationalConstant = 6.674e-11

    var mass: Double {
        switch self {
        case .mercury: return 3.303e+23
        case .venus: return 4.869e+24
        case .earth: return 5.976e+24
        case .mars: return 6.421e+23
        case .jupiter: return 1.9e+27
        case .saturn: return 5.688e+26
        case .uranus: return 8.686e+25
        case .neptune: return 1.024e+26
        }
    }

    var radius: Double {
        switch self {
        case .mercury: return 2.4397e6
        case .venus: return 6.0518e6
        case .earth: return 6.37814e6
        case .mars: return 3.3972e6
        case .jupiter: return 7.1492e7
        case .saturn: return 6.0268e7
        case .uranus: return 2.5559e7
        case .neptune: return 2.4746e7
        }
    }

    var surfaceGravity: Double { Planet.gravitationalConstant * mass / (radius * radius) }

    var isGasGiant: Bool {
        switch self {
        case .jupiter, .saturn, .uranus, .neptune: return true
        default: return false
        }
    }

    static func < (a: Planet, b: Planet) -> Bool { a.rawValue < b.rawValue }

    static var heaviest: Planet { allCases.max { $0.mass < $1.mass }! }
}

let earthWeight = 70.0
let mass = earthWeight / Planet.earth.surfaceGravity
for planet in Planet.allCases {
    print(String(format: "%-8@ %6.2f m/s^2  weight %6.2f", "\(planet)", planet.surfaceGravity, mass * planet.surfaceGravity))
}
print(Planet.heaviest, Planet.allCases.filter(\.isGasGiant).count)
print(Planet(rawValue: 4).map { "\($0)" } ?? "none", Planet(rawValue: 9) == nil)
print(Planet.mars > Planet.earth, Planet.allCases.sorted(by: >).first!)
