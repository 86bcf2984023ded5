import Diagnostics

/// Types of the standard library that cells declare in Swift itself: the first cell that
/// names one gets its declaration first (as if an earlier cell had declared it), unless the
/// cell declares a type of that name of its own.
extension Session {
    /// `Result<Success, Failure>` with `init(catching:)`, `get()`, `map`, `mapError` and
    /// `flatMap`, as the standard library declares them (generics are erased at run time).
    static let resultDeclaration = """
        enum Result<Success, Failure: Error> {
            case success(Success)
            case failure(Failure)

            init(catching body: () throws -> Success) {
                do {
                    self = .success(try body())
                } catch {
                    self = .failure(error)
                }
            }

            func get() throws -> Success {
                switch self {
                case .success(let value): return value
                case .failure(let error): throw error
                }
            }

            func map<NewSuccess>(_ transform: (Success) -> NewSuccess) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let value): return .success(transform(value))
                case .failure(let error): return .failure(error)
                }
            }

            func mapError<NewFailure>(_ transform: (Failure) -> NewFailure) -> Result<Success, NewFailure> {
                switch self {
                case .success(let value): return .success(value)
                case .failure(let error): return .failure(transform(error))
                }
            }

            func flatMap<NewSuccess>(
                _ transform: (Success) -> Result<NewSuccess, Failure>
            ) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let value): return transform(value)
                case .failure(let error): return .failure(error)
                }
            }
        }
        """

    /// Declares `Result` before a cell that names it (and does not declare its own);
    /// `execute` false only lowers the declaration (for checking cells without running them).
    func declareStandardTypes(usedBy source: String, execute: Bool) {
        guard source.contains("Result"), globals.lookup("Result") == nil,
            !Self.declaresType(named: "Result", in: source)
        else { return }
        let map: LocationMap = { SourceLocation(file: "<standard library>", line: $0, column: $1) }
        guard case .success(let statements) = compile(Self.resultDeclaration, map: map) else {
            return
        }
        if execute { _ = self.execute(statements) }
    }

    /// Whether a cell declares a type (or type alias) of this name itself.
    static func declaresType(named name: String, in source: String) -> Bool {
        let words = source.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
        return zip(words, words.dropFirst()).contains { keyword, declared in
            declared == name
                && ["enum", "struct", "class", "typealias", "protocol"].contains(keyword)
        }
    }
}
