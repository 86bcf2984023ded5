// features: protocols, protocol-values, protocol-extensions, structs, custom-string, higher-order, formatting
import Foundation

protocol Shape {
    var name: String { get }
    func area() -> Double
    func perimeter() -> Double
}

extension Shape {
    func summary() -> String {
        String(format: "%@: area %.2f, perimeter %.2f", name, area(), perimeter())
    }
}

struct Circle: Shape {
    var radius: Double
    var name: String { "Circle" }
    func area() -> Double { Double.pi * radius * radius }
    func perimeter() -> Double { 2 * Double.pi * radius }
}

struct Rectangle: Shape {
    var width: Double
    var height: Double
    var name: String { width == height ? "Square" : "Rectangle" }
    func area() -> Double { width * height }
    func perimeter() -> Double { 2 * (width + height) }
}

struct Triangle: Shape {
    var a: Double, b: Double, c: Double
    var name: String { "Triangle" }
    func perimeter() -> Double { a + b + c }
    func area() -> Double {
        let s = perimeter() / 2
        return (s * (s - a) * (s - b) * (s - c)).squareRoot()
    }
}

let shapes: [Shape] = [
    Circle(radius: 1),
    Rectangle(width: 3, height: 4),
    Rectangle(width: 2, height: 2),
    Triangle(a: 3, b: 4, c: 5),
]

for shape in shapes {
    print(shape.summary())
}

let largest = shapes.max { $0.area() < $1.area() }
print("Largest:", largest?.name ?? "none")
let totalArea = shapes.map { $0.area() }.reduce(0, +)
print(String(format: "Total area: %.3f", totalArea))
let names = shapes.map { $0.name }
print(names.joined(separator: ", "))
