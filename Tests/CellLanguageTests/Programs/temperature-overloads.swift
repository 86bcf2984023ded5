// features: overloading, literals-typing, enum-raw, formatting, extensions, computed-properties
import Foundation

enum Scale: String {
    case celsius = "°C"
    case fahrenheit = "°F"
    case kelvin = "K"
}

func convert(_ value: Double, from: Scale, to: Scale) -> Double {
    let celsius: Double
    switch from {
    case .celsius: celsius = value
    case .fahrenheit: celsius = (value - 32) * 5 / 9
    case .kelvin: celsius = value - 273.15
    }
    switch to {
    case .celsius: return celsius
    case .fahrenheit: return celsius * 9 / 5 + 32
    case .kelvin: return celsius + 273.15
    }
}

func describe(_ value: Double) -> String {
    String(format: "%.1f", value)
}

func describe(_ value: Int) -> String {
    "\(value) (whole)"
}

func describe(_ value: Double, in scale: Scale) -> String {
    describe(value) + scale.rawValue
}

extension Double {
    var celsiusToFahrenheit: Double { self * 9 / 5 + 32 }
}

let readings: [Double] = [-40, 0, 21.5, 37, 100]
for r in readings {
    let f = convert(r, from: .celsius, to: .fahrenheit)
    let k = convert(r, from: .celsius, to: .kelvin)
    print(describe(r, in: .celsius), "=", describe(f, in: .fahrenheit), "=", describe(k, in: .kelvin))
}
print(describe(42))
print(describe(42.0))
print(36.6.celsiusToFahrenheit)
let average = readings.reduce(0, +) / Double(readings.count)
print("Average:", describe(average, in: .celsius))
let hot = readings.filter { $0 > 30 }
print(hot)
let boiling = convert(212, from: .fahrenheit, to: .celsius)
print(boiling == 100)
