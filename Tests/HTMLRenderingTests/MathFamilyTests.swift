import Diagnostics
import Foundation
import Notebook
import Testing

@testable import HTMLRendering

/// The TeX translator, one command family at a time, and every formula of the chapters.
@Suite struct MathFamilyTests {
    /// The MathML inside `<math><semantics><mrow>…</mrow><annotation>`.
    func body(_ tex: String, display: Bool = false) -> String {
        let html = MathML.render(tex, display: display)
        guard let start = html.range(of: "<semantics><mrow>"),
            let end = html.range(of: "</mrow><annotation", options: .backwards)
        else { return html }
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test(arguments: [
        // Scripts.
        ("x_i^2", "<msubsup><mi>x</mi><mrow><mi>i</mi></mrow><mrow><mn>2</mn></mrow></msubsup>"),
        ("f'", "<mi>f</mi><mo lspace=\"0\" rspace=\"0\">′</mo>"),
        (
            "f''_i",
            "<msubsup><mi>f</mi><mrow><mi>i</mi></mrow><mrow><mo>′</mo><mo>′</mo></mrow></msubsup>"
        ),
        // Fractions, roots, binomials.
        ("\\frac{a}{b}", "<mfrac><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow></mfrac>"),
        ("\\sqrt[3]{x}", "<mroot><mrow><mi>x</mi></mrow><mrow><mn>3</mn></mrow></mroot>"),
        (
            "\\binom{n}{k}",
            "<mrow><mo fence=\"true\">(</mo><mfrac linethickness=\"0\"><mrow><mi>n</mi></mrow><mrow><mi>k</mi></mrow></mfrac><mo fence=\"true\">)</mo></mrow>"
        ),
        // Greek letters and symbols.
        ("\\alpha \\Omega \\varepsilon", "<mi>α</mi><mi>Ω</mi><mi>ε</mi>"),
        ("\\nabla \\otimes \\oslash \\odot", "<mi>∇</mi><mo>⊗</mo><mo>⊘</mo><mo>⊙</mo>"),
        ("\\leftarrow \\approx \\leq \\in", "<mo>←</mo><mo>≈</mo><mo>≤</mo><mo>∈</mo>"),
        // Delimiters without \\left/\\right keep their size; bars hug their content.
        (
            "\\lVert w \\rVert",
            "<mo form=\"prefix\" stretchy=\"false\">‖</mo><mi>w</mi><mo form=\"postfix\" stretchy=\"false\">‖</mo>"
        ),
        // Sums and products take limits.
        (
            "\\sum_{i=1}^{n} x_i",
            "<munderover><mo largeop=\"true\">∑</mo><mrow><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow></mrow><mrow><mrow><mi>n</mi></mrow></mrow></munderover><msub><mi>x</mi><mrow><mi>i</mi></mrow></msub>"
        ),
        (
            "\\prod_k p_k",
            "<munder><mo largeop=\"true\">∏</mo><mrow><mi>k</mi></mrow></munder><msub><mi>p</mi><mrow><mi>k</mi></mrow></msub>"
        ),
        // Named functions: upright, then the invisible function application, and a thin
        // space before an argument that is not a fence (TeX's space after an operator).
        (
            "\\log x",
            "<mi mathvariant=\"normal\">log</mi><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi>"
        ),
        (
            "\\exp(z)",
            "<mi mathvariant=\"normal\">exp</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>"
        ),
        (
            "\\max_i a_i",
            "<msub><mi mathvariant=\"normal\">max</mi><mrow><mi>i</mi></mrow></msub><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><msub><mi>a</mi><mrow><mi>i</mi></mrow></msub>"
        ),
        (
            "\\operatorname{ReLU}(z)",
            "<mi mathvariant=\"normal\">ReLU</mi><mo>\u{2061}</mo><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>"
        ),
        // Accents.
        (
            "\\hat{y}",
            "<mover accent=\"true\"><mrow><mi>y</mi></mrow><mo>^</mo></mover>"
        ),
        (
            "\\bar{x}",
            "<mover accent=\"true\"><mrow><mi>x</mi></mrow><mo>¯</mo></mover>"
        ),
        // Fonts: styled letters, since browsers draw mathvariant only as normal.
        ("\\mathbf{W}", "<mrow><mi>𝐖</mi></mrow>"),
        ("\\boldsymbol{x}", "<mrow><mi>𝒙</mi></mrow>"),
        ("\\boldsymbol{\\theta}", "<mrow><mi mathvariant=\"bold-italic\">θ</mi></mrow>"),
        ("\\mathcal{L}", "<mrow><mi>ℒ</mi></mrow>"),
        ("\\mathbb{R}^n", "<msup><mrow><mi>ℝ</mi></mrow><mrow><mi>n</mi></mrow></msup>"),
        ("\\mathbb{E}", "<mrow><mi>𝔼</mi></mrow>"),
        ("\\mathrm{d}x", "<mrow><mi mathvariant=\"normal\">d</mi></mrow><mi>x</mi>"),
        ("\\text{if } x", "<mtext>if\u{00A0}</mtext><mi>x</mi>"),
        // Delimiters.
        (
            "\\left( \\frac{1}{2} \\right)",
            "<mrow><mo fence=\"true\">(</mo><mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac><mo fence=\"true\">)</mo></mrow>"
        ),
        (
            "\\left\\{ x \\middle| x > 0 \\right\\}",
            "<mrow><mo fence=\"true\">{</mo><mi>x</mi><mo fence=\"true\">|</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn><mo fence=\"true\">}</mo></mrow>"
        ),
        // Braces with labels.
        (
            "\\underbrace{a + b}_{n}",
            "<munder><munder accentunder=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo>⏟</mo></munder><mrow><mrow><mi>n</mi></mrow></mrow></munder>"
        ),
        (
            "\\overbrace{a}^{m}",
            "<mover><mover accent=\"true\"><mrow><mi>a</mi></mrow><mo>⏞</mo></mover><mrow><mrow><mi>m</mi></mrow></mrow></mover>"
        ),
        // Environments.
        (
            "\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}",
            "<mtable columnalign=\"right left right left right left\" displaystyle=\"true\"><mtr><mtd><mrow><mi>a</mi></mrow></mtd><mtd><mrow><mo>=</mo><mi>b</mi></mrow></mtd></mtr><mtr><mtd><mrow><mi>c</mi></mrow></mtd><mtd><mrow><mo>=</mo><mi>d</mi></mrow></mtd></mtr></mtable>"
        ),
        (
            "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}",
            "<mrow><mo fence=\"true\">(</mo><mtable><mtr><mtd><mrow><mn>1</mn></mrow></mtd><mtd><mrow><mn>0</mn></mrow></mtd></mtr><mtr><mtd><mrow><mn>0</mn></mrow></mtd><mtd><mrow><mn>1</mn></mrow></mtd></mtr></mtable><mo fence=\"true\">)</mo></mrow>"
        ),
        // Spacing.
        ("a \\quad b", "<mi>a</mi><mspace width=\"1em\"></mspace><mi>b</mi>"),
    ])
    func family(_ tex: String, _ expected: String) {
        #expect(body(tex) == expected, "\(tex)")
    }

    /// `235{,}500` is one number (TeX's way to keep the comma from spacing); `a{,}b` stays a
    /// group, and a comma between numbers without braces stays punctuation.
    /// Browsers drop an <mtext>'s trailing space, so `\text{if }\sum` rendered as "if∑".
    @Test func spacesInsideTextSurviveInTheBrowser() {
        #expect(body("\\text{if } x") == "<mtext>if\u{00A0}</mtext><mi>x</mi>")
        #expect(
            body("\\text{ by value: }").contains("<mtext>\u{00A0}by\u{00A0}value:\u{00A0}</mtext>"))
    }

    /// Chromium ignores `columnalign`; the stylesheet must align cases and aligned rows.
    @Test func stylesheetAlignsTablesAndPaintsLegendsOpaque() {
        let css = Stylesheet.css
        #expect(css.contains("mtable[columnalign=\"left\"] > mtr > mtd { text-align: left"))
        #expect(
            css.contains(
                "mtable[columnalign^=\"right left\"] > mtr > mtd:nth-child(odd) { text-align: right"
            ))
        #expect(
            body("\\begin{cases} 1 & x \\\\ 0 & y \\end{cases}").contains(
                "<mtable columnalign=\"left\">"))
        // A transparent figure background would leave legend boxes see-through over the data.
        #expect(!css.contains("--fig-bg: transparent"))
        #expect(css.contains(".cell .outputs { --fig-bg: var(--output-bg); }"))
        #expect(css.contains("\"DejaVu Math TeX Gyre\""))
    }

    /// Printing in a dark-themed browser must not give light figure text on white paper.
    @Test func printResetsTheFigureColoursToLight() throws {
        let css = Stylesheet.css
        let print = try #require(css.range(of: "@media print"))
        let rules = css[print.lowerBound...]
        for variable in [
            "--fig-fg: #1d1f23", "--fig-c0: #0072B2", "--fig-image-filter: none", "--bg: #fff",
        ] {
            #expect(rules.contains(variable), "print rules lack \(variable)")
        }
    }

    /// A display list `a, \\qquad b` becomes one formula per part, set side by side and
    /// wrapped on narrow pages; `\\qquad` inside a group or environment does not split.
    @Test func displayListsSplitAtTopLevelQquads() {
        #expect(MathML.displayParts("a = 1, \\qquad b = 2,") == ["a = 1,", "b = 2,"])
        #expect(MathML.displayParts("a \\qquad\\qquad b") == ["a", "b"])
        #expect(MathML.displayParts("\\text{a \\qquad b}").count == 1)
        #expect(
            MathML.displayParts("\\begin{cases} 1 \\qquad x \\\\ 0 \\end{cases}").count == 1)
        #expect(MathML.displayParts("a \\qquad b \\tag{1}").count == 1)
        let html = MathML.render("a, \\qquad b", display: true)
        #expect(html.hasPrefix("<span class=\"math-parts\"><math display=\"block\">"))
        #expect(html.components(separatedBy: "<math display=\"block\">").count == 3)
        #expect(!MathML.render("a, \\qquad b", display: false).contains("math-parts"))
    }

    @Test func groupedSeparatorsInsideNumbers() {
        #expect(body("235{,}500") == "<mn>235,500</mn>")
        #expect(body("1{.}5") == "<mn>1.5</mn>")
        #expect(
            body("(1, 2)")
                == "<mo stretchy=\"false\">(</mo><mn>1</mn><mo>,</mo><mn>2</mn><mo stretchy=\"false\">)</mo>"
        )
        #expect(body("a{,}b").contains("<mo>,</mo>"))
    }

    @Test func limitsOfFunctionsGoUnderThemInDisplayMath() {
        #expect(
            body("\\max_{i} a", display: true)
                == "<munder><mi mathvariant=\"normal\">max</mi><mrow><mrow><mi>i</mi></mrow></mrow></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>a</mi>"
        )
        #expect(
            body("\\operatorname*{argmax}_w L", display: true)
                == "<munder><mi mathvariant=\"normal\">argmax</mi><mrow><mi>w</mi></mrow></munder><mo>\u{2061}</mo><mspace width=\"0.1667em\"></mspace><mi>L</mi>"
        )
        #expect(
            body("\\arg\\max_x", display: true).contains(
                "<munder><mi mathvariant=\"normal\">max</mi>"))
    }

    @Test func numberedEquationsShowTheirNumber() {
        let html = MathML.render("E = mc^2 \\tag{3}", display: true)
        #expect(html.hasPrefix("<span class=\"equation\"><math display=\"block\">"))
        #expect(html.hasSuffix("</math><span class=\"equation-number\">(3)</span></span>"))
        #expect(!MathML.render("x \\notag", display: true).contains("equation-number"))
    }

    @Test func unknownCommandIsAVisibleErrorAndALocatedWarning() {
        let at = Diagnostics.SourceLocation(file: "c.md", line: 7, column: 3)
        let (html, problem) = MathML.render("\\foo + \\bar{x} + \\foo", display: false, at: at)
        #expect(html.contains("<merror><mtext>\\foo</mtext></merror>"))
        #expect(
            problem?.description
                == "c.md:7:3: warning: unknown TeX command '\\foo'; shown as written")
    }

    /// Every formula of every chapter renders with no unknown command.
    @Test func everyChapterFormulaRenders() throws {
        let chapters = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "chapters")
        let names = try FileManager.default.contentsOfDirectory(atPath: chapters.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(!names.isEmpty)
        var count = 0
        for name in names {
            let url = chapters.appendingPathComponent(name)
            let chapter = try ChapterParser().parse(contentsOf: url, file: name).chapter
            var stack: [MarkdownNode] = chapter.footnotes
            for case .markdown(let node) in chapter.blocks { stack.append(node) }
            while let node = stack.popLast() {
                stack += node.children
                guard case .math(let tex, let display) = node.kind else { continue }
                count += 1
                let (html, problem) = MathML.render(
                    tex, display: display,
                    at: node.range?.start ?? .init(file: name, line: 0, column: 0))
                #expect(problem == nil, "\(problem.map(\.description) ?? "")")
                #expect(!html.contains("<merror>"), "\(name): \(tex)")
            }
        }
        #expect(count > 10)
    }
}
