/// The accessible `<title>` and `<desc>` texts.
extension Figure {
    /// The figure title, else the panel titles joined, else "Figure".
    var accessibleTitle: String {
        if let title, !title.isEmpty { return title }
        let titles = panels.compactMap(\.title).filter { !$0.isEmpty }
        return titles.isEmpty ? "Figure" : titles.joined(separator: " · ")
    }

    /// The given description, else a generated summary of every panel: its title, axes and
    /// ranges, and what each mark draws (with the count of dropped non-finite points).
    var accessibleDescription: String {
        if let description, !description.isEmpty { return description }
        var sentences: [String] = []
        sentences.append(
            panels.count == 1 ? "Figure with one panel." : "Figure with \(panels.count) panels.")
        for (index, panel) in panels.enumerated() {
            var sentence = panels.count == 1 ? "" : "Panel \(index + 1)"
            if let title = panel.title, !title.isEmpty {
                sentence += sentence.isEmpty ? "“\(title)”" : " “\(title)”"
            }
            let marks = panel.preparedMarks
            let parts = marks.map(\.summary)
            if !sentence.isEmpty { sentence += ": " }
            sentence += parts.isEmpty ? "empty" : parts.joined(separator: "; ")
            if let label = panel.xLabel, !label.isEmpty { sentence += "; x axis “\(label)”" }
            if let label = panel.yLabel, !label.isEmpty { sentence += "; y axis “\(label)”" }
            if panel.xScale == .log { sentence += "; logarithmic x" }
            if panel.yScale == .log { sentence += "; logarithmic y" }
            let dropped = marks.reduce(0) { $0 + $1.droppedCount }
            if dropped > 0 { sentence += "; \(dropped) NaN or infinite values not drawn" }
            sentences.append(sentence + ".")
        }
        return sentences.joined(separator: " ")
    }
}
