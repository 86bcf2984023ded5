import Diagnostics
import Testing

@testable import CellLanguage

/// Resuming from a snapshot taken after cell k, after cell k+1 changed the objects the
/// variables refer to, gives the numbers of a fresh run.
@Suite struct SessionSnapshotTests {
    func run(_ session: Session, _ source: String) -> String {
        let r = session.run(source) { SourceLocation(file: "t.md", line: $0, column: $1) }
        if let error = r.error { return "error: \(error)" }
        return r.stdout
    }

    static let setUp = """
        let model = Sequential([Input(shape: [2]), Dense(4, activation: .relu), Dropout(rate: 0.3), Dense(1)])
        model.compile(loss: "mse", optimizer: Adam(learningRate: 0.01))
        let x = Tensor([[0, 1], [1, 0], [1, 1], [0, 0]])
        let y = Tensor([[1], [1], [0], [0]])
        let first = model.layers[0]
        class Counter { var n = 0 }
        let counter = Counter()
        var seen: [Int] = []
        func makeNext() -> () -> Int { var k = 0; return { k += 1; return k } }
        let next = makeNext()
        """

    static let train = """
        let h = model.fit(x, y, epochs: 3, batchSize: 2, verbose: 0)
        counter.n += 1
        seen.append(next())
        print(h.history["loss"]!)
        print(first.getWeights()[0])
        print(model.predict(x))
        print(counter.n, seen, Tensor.randomNormal([2]), Dense(1).name)
        """

    @Test func resumingAfterTrainingGivesTheFreshRunsNumbers() {
        let fresh = Session()
        #expect(run(fresh, Self.setUp) == "")
        let expected = run(fresh, Self.train)
        #expect(expected.contains("[["), "\(expected)")

        let session = Session()
        #expect(run(session, Self.setUp) == "")
        let snapshot = session.snapshot()
        let once = run(session, Self.train)
        #expect(once == expected)
        let changed = run(session, Self.train)
        #expect(changed != expected, "a second run of the cell trains further")
        session.restore(snapshot)
        #expect(run(session, Self.train) == expected)
        session.restore(snapshot)
        #expect(run(session, Self.train) == expected, "a snapshot restores more than once")
    }

    @Test func restoringKeepsObjectIdentity() {
        let session = Session()
        _ = run(session, Self.setUp)
        let snapshot = session.snapshot()
        _ = run(session, "first.trainable = false\nmodel.fit(x, y, epochs: 1, verbose: 0)")
        session.restore(snapshot)
        #expect(run(session, "print(first.trainable, model.layers[0].trainable)") == "true true\n")
        _ = run(session, "first.trainable = false")
        #expect(
            run(session, "print(model.layers[0].trainable)") == "false\n",
            "restored into the same layer")
    }

    /// A perceptron's weights, counters and shuffling generator come back with the snapshot.
    @Test func perceptronsAreCaptured() {
        let session = Session()
        let setUp = "let p = Perceptron(seed: 3)\nlet x = Tensor([[0, 0], [1, 0], [0, 1], [1, 1]])"
        #expect(run(session, setUp) == "")
        let fit = "p.fit(x, [0, 0, 0, 1])\nprint(p.weights, p.bias, p.updates)"
        let snapshot = session.snapshot()
        #expect(snapshot.isComplete, "\(snapshot.uncaptured)")
        let first = run(session, fit)
        session.restore(snapshot)
        #expect(run(session, "print(p.epochs)") == "0\n")
        #expect(run(session, fit) == first)
    }

    @Test func restoringForgetsOperatorsDeclaredAfterTheSnapshot() {
        let session = Session()
        let before = session.snapshot()
        #expect(
            run(
                session,
                "infix operator **: MultiplicationPrecedence\nfunc ** (a: Int, b: Int) -> Int { a * b }\nprint(2 ** 3)"
            )
                == "6\n")
        session.restore(before)
        #expect(run(session, "print(2 ** 3)").contains("unknown infix operator '**'"))
    }
}
