// features: observers, classes, protocols, protocol-values, closures, weak-free, formatting
import Foundation

protocol WeatherObserver: AnyObject {
    var name: String { get }
    func update(temperature: Double, humidity: Double)
}

final class WeatherStation {
    private var observers: [WeatherObserver] = []
    private(set) var readings = 0

    var temperature: Double = 0 {
        didSet { if temperature != oldValue { notify() } }
    }
    var humidity: Double = 50 {
        willSet { if newValue > 100 { print("warning: humidity \(newValue) clamped") } }
        didSet { humidity = min(humidity, 100); notify() }
    }

    func attach(_ observer: WeatherObserver) { observers.append(observer) }
    func detach(named name: String) { observers.removeAll { $0.name == name } }

    private func notify() {
        readings += 1
        observers.forEach { $0.update(temperature: temperature, humidity: humidity) }
    }
}

final class Display: WeatherObserver {
    let name = "display"
    func update(temperature: Double, humidity: Double) {
        print(String(format: "[display] %.1f°C, %.0f%%", temperature, humidity))
    }
}

final class Statistics: WeatherObserver {
    let name = "stats"
    var temperatures: [Double] = []
    func update(temperature: Double, humidity: Double) { temperatures.append(temperature) }
    var average: Double { temperatures.reduce(0, +) / Double(max(temperatures.count, 1)) }
}

let station = WeatherStation()
let stats = Statistics()
station.attach(Display())
station.attach(stats)
station.temperature = 21.5
station.temperature = 21.5
station.humidity = 65
station.temperature = 23
station.detach(named: "display")
station.humidity = 120
station.temperature = 18.25
print(stats.temperatures)
print(String(format: "average %.3f over %d readings", stats.average, station.readings))
print(station.humidity)
