// features: throws, enum-associated, do-catch
enum VendingError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}
struct Item {
    var price: Int
    var count: Int
}
class VendingMachine {
    var inventory = [
        "Candy Bar": Item(price: 12, count: 7),
        "Chips": Item(price: 10, count: 4),
        "Pretzels": Item(price: 7, count: 11)
    ]
    var coinsDeposited = 0
    func vend(itemNamed name: String) throws {
        guard let item = inventory[name] else {
            throw VendingError.invalidSelection
        }
        guard item.count > 0 else {
            throw VendingError.outOfStock
        }
        guard item.price <= coinsDeposited else {
            throw VendingError.insufficientFunds(coinsNeeded: item.price - coinsDeposited)
        }
        coinsDeposited -= item.price
        var newItem = item
        newItem.count -= 1
        inventory[name] = newItem
        print("Dispensing \(name)")
    }
}
let machine = VendingMachine()
machine.coinsDeposited = 8
do {
    try machine.vend(itemNamed: "Chips")
} catch VendingError.invalidSelection {
    print("Invalid Selection.")
} catch VendingError.outOfStock {
    print("Out of Stock.")
} catch VendingError.insufficientFunds(let coinsNeeded) {
    print("Insufficient funds. Please insert an additional \(coinsNeeded) coins.")
} catch {
    print("Unexpected error: \(error).")
}
machine.coinsDeposited = 20
do {
    try machine.vend(itemNamed: "Chips")
    print("Success!")
} catch {
    print("Error: \(error)")
}
let r = try? machine.vend(itemNamed: "Gum")
print(r == nil)
