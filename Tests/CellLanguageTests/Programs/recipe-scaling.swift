// features: structs, literals-typing, overloading, enum-raw, higher-order, formatting, mutating
import Foundation

enum Unit: String {
    case gram = "g", milliliter = "ml", piece = "pc", teaspoon = "tsp"
}

struct Ingredient {
    let name: String
    var amount: Double
    let unit: Unit
}

struct Recipe {
    let title: String
    var servings: Int
    var ingredients: [Ingredient]

    func scaled(to newServings: Int) -> Recipe {
        let factor = Double(newServings) / Double(servings)
        return scaled(by: factor, servings: newServings)
    }

    func scaled(by factor: Double) -> Recipe {
        scaled(by: factor, servings: Int((Double(servings) * factor).rounded()))
    }

    private func scaled(by factor: Double, servings: Int) -> Recipe {
        var copy = self
        copy.servings = servings
        copy.ingredients = ingredients.map { item in
            var i = item
            i.amount = item.amount * factor
            return i
        }
        return copy
    }

    func card() -> String {
        var lines = ["\(title) (serves \(servings))"]
        for i in ingredients {
            let amount = i.amount == i.amount.rounded() ? String(Int(i.amount)) : String(format: "%.1f", i.amount)
            lines.append("  - \(amount) \(i.unit.rawValue) \(i.name)")
        }
        return lines.joined(separator: "\n")
    }
}

let pancakes = Recipe(title: "Pancakes", servings: 4, ingredients: [
    Ingredient(name: "flour", amount: 200, unit: .gram),
    Ingredient(name: "milk", amount: 300, unit: .milliliter),
    Ingredient(name: "eggs", amount: 2, unit: .piece),
    Ingredient(name: "salt", amount: 0.5, unit: .teaspoon),
])
print(pancakes.card())
print(pancakes.scaled(to: 6).card())
print(pancakes.scaled(by: 0.5).card())
let totalGrams = pancakes.ingredients.filter { $0.unit == .gram }.map(\.amount).reduce(0, +)
print(totalGrams)
let perServing = 300 / Double(pancakes.servings)
print(perServing, 2 * 3 / perServing)
