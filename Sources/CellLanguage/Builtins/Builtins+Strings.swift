import Foundation

extension BuiltinRegistry {
    /// String methods, and `String(format:)`-style number formatting through `formatted`.
    func registerStrings() {
        func method(
            _ name: String, _ parameters: [BuiltinParameter],
            _ body: @escaping (inout Invocation, String) throws -> Value
        ) {
            stringMethods[name, default: []].append(
                Builtin(name, parameters) { inv in
                    guard case .string(let s) = inv.receiver else { return .void }
                    return try body(&inv, s)
                })
        }
        method("uppercased", []) { _, s in .string(s.uppercased()) }
        method("lowercased", []) { _, s in .string(s.lowercased()) }
        method("hasPrefix", [.positional()]) { inv, s in .bool(s.hasPrefix(try inv.string(0))) }
        method("hasSuffix", [.positional()]) { inv, s in .bool(s.hasSuffix(try inv.string(0))) }
        method("contains", [.positional()]) { inv, s in .bool(s.contains(try inv.string(0))) }
        method("split", [.labeled("separator")]) { inv, s in
            let sep = try inv.string(0)
            return .array(s.components(separatedBy: sep).filter { !$0.isEmpty }.map { .string($0) })
        }
        method("padding", [.labeled("toLength"), .labeled("withPad"), .labeled("startingAt")]) {
            inv, s in
            let length = try inv.int(0)
            let pad = try inv.string(1)
            let start = try inv.int(2)
            guard !pad.isEmpty, start >= 0, start < pad.count else {
                throw RuntimeError(
                    "padding needs a non-empty pad and a start index inside it", at: inv.callRange)
            }
            try Limits.checkSize(length, what: "a string", at: inv.range(0))
            return .string(s.padding(toLength: max(0, length), withPad: pad, startingAt: start))
        }
        types["String"]?.initializers.append(
            Builtin("String", [.labeled("format"), .variadic]) { inv in
                let format = try inv.string(0)
                let args = try inv.array(1)
                return .string(try Self.format(format, args, inv))
            })
    }

    /// printf-style formatting of Int and Double arguments (`%d`, `%.3f`, `%e`, `%g`, `%s`, `%%`).
    static func format(_ format: String, _ args: [Value], _ inv: Invocation) throws -> String {
        var out = ""
        var it = format.makeIterator()
        var next = 0
        while let c = it.next() {
            guard c == "%" else {
                out.append(c)
                continue
            }
            var spec = "%"
            while let d = it.next() {
                spec.append(d)
                if d.isLetter || d == "%" || d == "@" { break }
            }
            guard let conversion = spec.last else { break }
            if conversion == "%" {
                out.append("%")
                continue
            }
            // Only flags, a width and a precision are accepted: `*` or `%n` would read
            // arguments that were never passed.
            let body = spec.dropFirst().dropLast()
            guard body.allSatisfy({ "-+ 0#.".contains($0) || $0.isNumber }),
                body.filter({ $0 == "." }).count <= 1,
                body.count <= 8, "dieEfFgGs@".contains(conversion)
            else {
                throw RuntimeError(
                    "unsupported format specifier '\(spec)' in '\(format)'", at: inv.callRange)
            }
            guard next < args.count else {
                throw RuntimeError(
                    "format string '\(format)' needs more arguments than the \(args.count) given",
                    at: inv.callRange)
            }
            let arg = args[next]
            next += 1
            switch (conversion, arg) {
            case ("d", .int(let i)), ("i", .int(let i)):
                out += String(
                    format: spec.replacingOccurrences(of: "d", with: "ld").replacingOccurrences(
                        of: "i", with: "ld"), i)
            case ("f", .double(let d)), ("e", .double(let d)), ("g", .double(let d)),
                ("F", .double(let d)), ("E", .double(let d)), ("G", .double(let d)):
                out += String(format: spec, d)
            case ("f", .int(let i)), ("e", .int(let i)), ("g", .int(let i)):
                out += String(format: spec, Double(i))
            case ("s", _), ("@", _): out += Formatter.describe(arg)
            default:
                throw RuntimeError(
                    "format '\(spec)' does not accept a value of type '\(arg.typeName)'",
                    at: inv.callRange)
            }
        }
        return out
    }
}
