// features: operators, extension-builtin, option-set-style, structs, static-members, hashable
struct Permissions: Equatable, CustomStringConvertible {
    var raw: Int

    static let read = Permissions(raw: 1 << 0)
    static let write = Permissions(raw: 1 << 1)
    static let execute = Permissions(raw: 1 << 2)
    static let all = read | write | execute

    static func | (a: Permissions, b: Permissions) -> Permissions { Permissions(raw: a.raw | b.raw) }
    static func & (a: Permissions, b: Permissions) -> Permissions { Permissions(raw: a.raw & b.raw) }

    func contains(_ other: Permissions) -> Bool { (raw & other.raw) == other.raw }

    var description: String {
        var s = ""
        s += contains(.read) ? "r" : "-"
        s += contains(.write) ? "w" : "-"
        s += contains(.execute) ? "x" : "-"
        return s
    }
}

extension Int {
    var isPowerOfTwo: Bool { self > 0 && (self & (self - 1)) == 0 }
    var setBits: Int {
        var n = self, count = 0
        while n > 0 {
            count += n & 1
            n >>= 1
        }
        return count
    }
}

let user = Permissions.read | .write
print(user, Permissions.all, Permissions.execute)
print(user.contains(.write), user.contains(.execute), (user & .write) == .write)
var mode = Permissions(raw: 0)
for p in [Permissions.execute, .read] { mode = mode | p }
print(mode, mode.raw)
print([1, 6, 8, 12, 64, 100].map(\.isPowerOfTwo))
print([0, 7, 255, 1023].map(\.setBits))
let a = 0b1100, b = 0b1010
print(a & b, a | b, a ^ b, ~a & 0xF, a << 2, a >> 1)
var flags: UInt8 = 0
flags |= 1 << 3
flags |= 1
print(flags, flags & 0b1000 != 0)
func swapXor(_ x: inout Int, _ y: inout Int) {
    x ^= y; y ^= x; x ^= y
}
var p = 21, q = 34
swapXor(&p, &q)
print(p, q)
