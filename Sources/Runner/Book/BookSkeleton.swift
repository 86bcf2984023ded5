import Foundation

/// The files `handson init` writes: a configuration file, one example chapter, the two make
/// targets and a `.gitignore`.
enum BookSkeleton {
    static func files(title: String) -> [(path: String, text: String)] {
        [
            ("book.yml", configuration(title: title)),
            ("chapters/01-first-steps.md", chapter),
            ("Makefile", makefile),
            (".gitignore", "output/\n"),
        ]
    }

    static func configuration(title: String) -> String {
        let quoted =
            "\""
            + title.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
            # The book's configuration; every key is optional.
            title: \(quoted)
            authors: []
            description: ""
            language: en
            # repository: https://example.org/your/book
            # Chapters are the .md files in chapters/, in file-name order unless listed here.
            # Parts group them; entries are file names or patterns such as 02-*.md.
            parts:
              - title: Getting started
                chapters: [01-*.md]

            """
    }

    static let chapter = """
        # First steps

        A chapter is a Markdown file. Its `swift` cells run in order, in one environment, and
        what they print appears below them. Math is written in TeX: the mean of $n$ numbers is

        $$
        \\bar{x} = \\frac{1}{n} \\sum_{i=1}^{n} x_i
        $$

        ## A cell and its output

        The `output` block below a cell states what it must print; `handson test` checks it.

        ```swift
        let xs = [2.0, 4.0, 9.0]
        let mean = xs.reduce(0, +) / Double(xs.count)
        print("mean: \\(mean)")
        ```

        ```output
        mean: 5.0
        ```

        ## Expectations

        `#expect` records a failure without stopping the chapter:

        ```swift
        #expect(mean > 4)
        ```

        ## A figure

        ```swift
        var axes = Axes(title: "Squares", xLabel: "x", yLabel: "x²")
        try axes.line(x: xs, y: xs.map { $0 * $0 }, label: "x²")
        Figure(axes)
        ```

        """

    static let makefile = """
        # `make render` writes the book to output/; `make test` checks every chapter.
        HANDSON ?= handson

        .PHONY: render test

        render:
        \t$(HANDSON) render

        test:
        \t$(HANDSON) test

        """
}
