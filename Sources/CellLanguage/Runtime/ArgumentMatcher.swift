import Diagnostics

/// Matches call arguments to parameters the way Swift does: in order, each argument's label
/// equal to its parameter's label, defaulted parameters skippable, one variadic parameter
/// taking a run of unlabeled arguments.
enum ArgumentMatcher {
    /// The label of a trailing closure: it matches a parameter whatever that parameter's label
    /// (Swift's forward-scan rule, skipping defaulted parameters that a later one can take).
    static let trailingClosure = "{trailing closure}"

    /// For each parameter, the indices of the arguments it takes (empty: defaulted).
    static func match(labels: [String?], parameters: [BuiltinParameter]) -> [[Int]]? {
        var result: [[Int]] = []
        var a = 0
        for p in parameters {
            if p.isVariadic {
                var taken: [Int] = []
                if a < labels.count, labels[a] == p.label {
                    taken.append(a)
                    a += 1
                    while a < labels.count, labels[a] == nil {
                        taken.append(a)
                        a += 1
                    }
                }
                result.append(taken)
            } else if a < labels.count, labels[a] == p.label {
                result.append([a])
                a += 1
            } else if a < labels.count, labels[a] == trailingClosure,
                !(p.hasDefault && parameters[(result.count + 1)...].contains { !$0.hasDefault && !$0.isVariadic })
            {
                result.append([a])
                a += 1
            } else if p.hasDefault {
                result.append([])
            } else {
                return nil
            }
        }
        return a == labels.count ? result : nil
    }

    /// The Swift compiler's message for arguments that do not match, with a "did you mean"
    /// fix-it for a misspelled label.
    static func mismatch(
        labels: [String?], argumentRanges: [SourceRange], parameters: [BuiltinParameter],
        name: String, callRange: SourceRange
    ) -> RuntimeError {
        func spell(_ ls: [String?]) -> String { ls.map { ($0 == trailingClosure ? nil : $0 ?? "_").map { $0 + ":" } ?? "_:" }.joined() }
        let labels = labels.map { $0 == trailingClosure ? nil : $0 }
        let required = parameters.filter { !$0.hasDefault }
        if labels.count == parameters.count || (labels.count >= required.count && labels.count <= parameters.count) {
            // Same number of arguments: some labels are wrong.
            let expected = labels.count == parameters.count ? parameters.map(\.label)
                : closestParameterLabels(labels, parameters)
            var notes: [Diagnostic] = []
            var message = "incorrect argument label\(labelsDiffer(labels, expected) > 1 ? "s" : "") in call (have '\(spell(labels))', expected '\(spell(expected))')"
            for (i, (have, want)) in zip(labels, expected).enumerated() where have != want {
                if let have, let want, Suggestions.distance(have, want) <= max(1, want.count / 3) {
                    message += "; did you mean '\(want)'?"
                    notes.append(Diagnostic(.note, "did you mean '\(want)'?", at: argumentRanges[i]))
                    break
                }
            }
            let at = zip(labels, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })
                .map { argumentRanges[$0.offset] } ?? callRange
            return RuntimeError(message, at: at, notes: notes)
        }
        if labels.count < required.count {
            let missing = required[labels.count...].first?.label
            return RuntimeError(
                missing.map { "missing argument for parameter '\($0)' in call" }
                    ?? "missing argument for parameter #\(labels.count + 1) in call",
                at: callRange)
        }
        let extra = min(parameters.count, argumentRanges.count - 1)
        let extraLabel = labels[extra].map { " '\($0)'" } ?? ""
        return RuntimeError("extra argument\(extraLabel) in call", at: argumentRanges[extra])
    }

    private static func labelsDiffer(_ a: [String?], _ b: [String?]) -> Int {
        zip(a, b).filter { $0 != $1 }.count
    }

    private static func closestParameterLabels(_ labels: [String?], _ parameters: [BuiltinParameter]) -> [String?] {
        // With defaulted parameters the intended ones are unclear: each argument takes, from the
        // parameters after the previous one's, the one with its label, else the one whose label
        // is closest to it (a misspelling), else the next one; a required parameter is never
        // skipped.
        var chosen: [String?] = []
        var next = 0
        for label in labels {
            guard next < parameters.count else { break }
            var window = next
            while window < parameters.count, parameters[window].hasDefault { window += 1 }
            let candidates = next...min(window, parameters.count - 1)
            var pick = candidates.first { parameters[$0].label == label }
            if pick == nil, let label {
                pick = candidates
                    .filter { parameters[$0].label.map { Suggestions.distance(label, $0) <= max(1, $0.count / 3) } ?? false }
                    .min { Suggestions.distance(label, parameters[$0].label ?? "") < Suggestions.distance(label, parameters[$1].label ?? "") }
            }
            let index = pick ?? next
            chosen.append(parameters[index].label)
            next = index + 1
        }
        return chosen
    }
}
