import Testing

@testable import Plotting

/// Renders `figure`, validates its structure and compares it with its reference snapshot.
func checkFigure(
    _ figure: Figure, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    let svg = figure.svg()
    let problems = SVGValidator.problems(in: svg)
    #expect(
        problems.isEmpty, "\(name): \(problems.joined(separator: "; "))",
        sourceLocation: sourceLocation)
    #expect(
        figure.svg() == svg, "\(name): output is not repeatable", sourceLocation: sourceLocation)
    Snapshot.assertMatches(svg, named: name, sourceLocation: sourceLocation)
}
