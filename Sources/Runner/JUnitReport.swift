import Foundation
import HTMLRendering

/// JUnit XML for CI systems: one test suite per chapter, one test case per check.
public enum JUnitReport {
    public static func xml(_ reports: [ChapterReport]) -> String {
        let total = reports.reduce(0) { $0 + $1.checks.count }
        let failures = reports.reduce(0) { $0 + $1.failed }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"handson\" tests=\"\(total)\" failures=\"\(failures)\">\n"
        for r in reports {
            out += "  <testsuite name=\"\(HTML.escape(r.file))\" tests=\"\(r.checks.count)\" failures=\"\(r.failed)\" time=\"\(String(format: "%.3f", r.duration))\">\n"
            for (i, c) in r.checks.enumerated() {
                let name = HTML.escape("\(i + 1). \(c.name): \(c.kind.rawValue)")
                if c.passed {
                    out += "    <testcase classname=\"\(HTML.escape(r.file))\" name=\"\(name)\"/>\n"
                } else {
                    out += "    <testcase classname=\"\(HTML.escape(r.file))\" name=\"\(name)\">\n"
                    out += "      <failure message=\"\(HTML.escape(c.kind.rawValue)) failed\">\(HTML.escape(c.message ?? ""))</failure>\n"
                    out += "    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
