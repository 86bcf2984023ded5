// features: classes, inheritance, convenience-init, failable-init, override, computed-properties, type-casting
class Vehicle {
    let wheels: Int
    var speed: Double = 0
    var name: String

    init(name: String, wheels: Int) {
        self.name = name
        self.wheels = wheels
    }

    convenience init(wheels: Int) {
        self.init(name: "vehicle with \(wheels) wheels", wheels: wheels)
    }

    var description: String { "\(name) at \(speed) km/h" }

    func accelerate(by delta: Double) {
        speed = min(speed + delta, maxSpeed)
    }

    var maxSpeed: Double { 100 }
}

class Bicycle: Vehicle {
    var hasBasket = false

    init() {
        super.init(name: "bicycle", wheels: 2)
    }

    override var maxSpeed: Double { 35 }
}

class Car: Vehicle {
    let brand: String
    var gear = 1

    init?(brand: String, name: String) {
        guard !brand.isEmpty else { return nil }
        self.brand = brand
        super.init(name: name, wheels: 4)
    }

    override func accelerate(by delta: Double) {
        super.accelerate(by: delta)
        gear = min(5, Int(speed / 30) + 1)
    }

    override var description: String { "\(brand) " + super.description + " in gear \(gear)" }
    override var maxSpeed: Double { 180 }
}

let trike = Vehicle(wheels: 3)
let bike = Bicycle()
bike.hasBasket = true
let car = Car(brand: "Volvo", name: "estate")!
let nobody = Car(brand: "", name: "ghost")
print(nobody == nil)

let garage: [Vehicle] = [trike, bike, car]
for v in garage {
    v.accelerate(by: 50)
    v.accelerate(by: 50)
}
for v in garage { print(v.description) }
car.accelerate(by: 200)
print(car.speed, car.gear)
print(garage.map(\.wheels).reduce(0, +))
for v in garage {
    if let c = v as? Car {
        print("car brand:", c.brand)
    } else if let b = v as? Bicycle, b.hasBasket {
        print("bike with basket")
    } else {
        print("plain", type(of: v) == Vehicle.self)
    }
}
