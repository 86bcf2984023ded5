import Diagnostics
import Testing

@testable import CellLanguage

/// A session lets go of everything it made when it ends, so a long-lived process (a preview
/// server re-running a chapter on every edit) does not pile up interpreters, syntax trees and
/// engine objects.
@Suite struct SessionMemoryTests {
    /// What must be freed with the session.
    struct Watch {
        weak var interpreter: Interpreter?
        weak var registry: BuiltinRegistry?
        weak var globals: GlobalTable?
        var types: [WeakType] = []
    }

    struct WeakType { weak var type: UserType? }

    func runAndDrop(_ cells: [String]) -> Watch {
        let session = Session()
        for cell in cells {
            let r = session.run(cell) { SourceLocation(file: "t.md", line: $0, column: $1) }
            #expect(r.error == nil, "\(cell): \(r.error.map { "\($0)" } ?? "")")
        }
        var watch = Watch(
            interpreter: session.interpreter, registry: session.registry, globals: session.globals)
        for case .userType(let type) in session.interpreter.globals.slots {
            watch.types.append(WeakType(type: type))
        }
        return watch
    }

    static let programs: [[String]] = [
        ["let x = 1\nprint(x + 1)"],
        ["func f(_ n: Int) -> Int { n < 2 ? n : f(n - 1) + f(n - 2) }\nprint(f(10))"],
        ["let add = { (a: Int) in { (b: Int) in a + b } }\nprint(add(1)(2))"],
        [
            "func counter() -> () -> Int { var n = 0; func next() -> Int { n += 1; return n }; return next }\nlet c = counter()\nprint(c(), c())"
        ],
        [
            "class Node { var next: Node?; init() {} }\nlet a = Node(); let b = Node(); a.next = b; b.next = a"
        ],
        ["struct Unit { var v: Int; static let zero = Unit(v: 0) }\nprint(Unit.zero.v)"],
        [
            "class Registry { static let shared = Registry(); var n = 0; func add() { n += 1 } }\nRegistry.shared.add()"
        ],
        ["struct P { var x = 1; func twice() -> Int { 2 * x } }\nprint(P().twice())"],
        [
            "let m = Sequential([Input(shape: [2]), Dense(3), Dense(1)])\nm.compile(loss: \"mse\", optimizer: Adam())\nlet h = m.fit(Tensor([[0, 1], [1, 0]]), Tensor([[1], [0]]), epochs: 2, verbose: 0)\nprint(h.epoch)"
        ],
        [
            "class Stop: Callback { override func onEpochEnd(_ epoch: Int, logs: [String: Double]) { if epoch == 1 { model?.stopTraining = true } } }\nlet m = Sequential([Input(shape: [1]), Dense(1)])\nm.compile(loss: \"mse\", optimizer: SGD())\nm.fit(Tensor([[1]]), Tensor([[2]]), epochs: 5, callbacks: [Stop()], verbose: 0)"
        ],
        [
            "class Twice: Layer { override func call(_ x: Tensor) -> Tensor { x * 2 } }\nlet m = Sequential([Input(shape: [1]), Twice()])\nprint(m.predict(Tensor([[1]])))"
        ],
    ]

    @Test(arguments: programs)
    func sessionIsFreedWhenDropped(_ cells: [String]) {
        let watch = runAndDrop(cells)
        #expect(watch.interpreter == nil, "the interpreter outlives its session")
        #expect(watch.registry == nil, "the built-in registry outlives its session")
        #expect(watch.globals == nil, "the global names outlive their session")
        let declaresTypes = cells.contains { $0.contains("struct ") || $0.contains("class ") }
        #expect(watch.types.isEmpty != declaresTypes, "types watched: \(watch.types.count)")
        for t in watch.types {
            #expect(t.type == nil, "the type '\(t.type?.name ?? "")' outlives its session")
        }
    }
}
