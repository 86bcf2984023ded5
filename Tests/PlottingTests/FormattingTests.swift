import Foundation
import Testing

@testable import Plotting

@Suite struct FormattingTests {
    @Test func svgNumbersAreShortAndStable() {
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(3.0) == "3")
        #expect(SVGNumber.format(-0.004) == "0")
        #expect(SVGNumber.format(-1.25) == "-1.25")
        #expect(SVGNumber.format(0.1 + 0.2) == "0.3")
        #expect(SVGNumber.format(1.005) == "1")
        #expect(SVGNumber.format(0.05) == "0.05")
        #expect(SVGNumber.format(123_456.789) == "123456.79")
        #expect(SVGNumber.format(.nan) == "0")
        #expect(SVGNumber.format(-.infinity) == "0")
    }

    @Test func tickLabelsShareDecimals() {
        #expect(
            TickFormatter.linearLabels([0, 0.2, 0.4, 0.6, 0.8, 1]) == [
                "0.0", "0.2", "0.4", "0.6", "0.8", "1.0",
            ])
        #expect(TickFormatter.linearLabels([-10, 0, 10]) == ["−10", "0", "10"])
        #expect(TickFormatter.linearLabels([0, 0.05, 0.1]) == ["0.00", "0.05", "0.10"])
        #expect(TickFormatter.linearLabels([0, 2e6, 4e6]) == ["0", "2×10⁶", "4×10⁶"])
    }

    @Test func logLabels() {
        #expect(TickFormatter.logLabel(0.01) == "0.01")
        #expect(TickFormatter.logLabel(1_000) == "1000")
        #expect(TickFormatter.logLabel(1e-5) == "10⁻⁵")
        #expect(TickFormatter.logLabel(2e6) == "2×10⁶")
        #expect(TickFormatter.logLabels([1e-5, 1e-3, 0.1, 10]) == ["10⁻⁵", "10⁻³", "10⁻¹", "10¹"])
        #expect(TickFormatter.logLabels([0.01, 0.1, 1]) == ["0.01", "0.1", "1"])
    }

    @Test func negativeZeroHasNoSign() {
        #expect(TickFormatter.label(-0.0001, decimals: 2) == "0.00")
        #expect(TickFormatter.label(-1.5, decimals: 1) == "−1.5")
    }

    @Test func writerEscapesOnceAndSortsAttributes() {
        var writer = SVGWriter()
        writer.write(
            SVGElement("text", ["y": "2", "x": "1", "data-note": "a\"b<c>&\n"], text: "x < y & z"))
        #expect(
            writer.output
                == "<text data-note=\"a&quot;b&lt;c&gt;&amp;&#10;\" x=\"1\" y=\"2\">"
                + "x &lt; y &amp; z</text>\n"
        )
    }

    @Test func pathDataSkipsNonFinitePoints() {
        var path = PathData()
        path.move(0, 0)
        path.line(1, .nan)
        path.line(2, 3)
        path.line(4, 5)
        #expect(path.text == "M0 0L2 3 4 5")
    }

    @Test func colormapEndpoints() {
        #expect(Colormap.viridis.hex(0) == "#440154")
        #expect(Colormap.viridis.hex(1) == "#fde725")
        #expect(Colormap.grays.hex(0) == "#ffffff")
        #expect(Colormap.grays.hex(.nan) == "#ffffff")
    }
}
