// features: literals-typing, arrays, stride, higher-order, extension-builtin, where-clause
func sieve(upTo limit: Int) -> [Int] {
    guard limit >= 2 else { return [] }
    var isPrime = [Bool](repeating: true, count: limit + 1)
    isPrime[0] = false
    isPrime[1] = false
    var p = 2
    while p * p <= limit {
        if isPrime[p] {
            for multiple in stride(from: p * p, through: limit, by: p) {
                isPrime[multiple] = false
            }
        }
        p += 1
    }
    return isPrime.indices.filter { isPrime[$0] }
}

extension Int {
    var isPrime: Bool {
        guard self >= 2 else { return false }
        var d = 2
        while d * d <= self {
            if self % d == 0 { return false }
            d += 1
        }
        return true
    }

    var primeFactors: [Int] {
        var n = self
        var factors: [Int] = []
        var d = 2
        while n > 1 {
            while n % d == 0 {
                factors.append(d)
                n /= d
            }
            d += 1
        }
        return factors
    }

    var divisors: [Int] { (1...Swift.max(self, 1)).filter { self % $0 == 0 } }
}

let primes = sieve(upTo: 60)
print(primes)
print(primes.count, primes.allSatisfy(\.isPrime))
let twins = zip(primes, primes.dropFirst()).filter { $1 - $0 == 2 }
print(twins.map { "(\($0.0),\($0.1))" }.joined(separator: " "))
for n in [12, 97, 360, 1001] {
    print(n, n.primeFactors)
}
let perfect = (2...500).filter { n in n.divisors.dropLast().reduce(0, +) == n }
print("perfect:", perfect)
let goldbach = stride(from: 4, through: 20, by: 2).map { n -> String in
    let p = primes.first { (n - $0).isPrime }!
    return "\(n)=\(p)+\(n - p)"
}
print(goldbach.joined(separator: ", "))
let density = Double(primes.count) / 60.0
print(density)
