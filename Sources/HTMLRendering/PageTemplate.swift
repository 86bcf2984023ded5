import Foundation

/// The page layout: an HTML file with `{{title}}`, `{{book}}`, `{{sidebar}}`, `{{content}}`,
/// `{{pager}}`, `{{lang}}` and `{{description}}` placeholders. The built-in layout is used unless the chapters folder has a
/// `_template.html` of the user's.
///
/// Every filled page carries ``contentSecurityPolicy``: a user's template that lacks it gets it
/// injected into its `<head>`.
public struct PageTemplate: Sendable {
    public var html: String

    public init(html: String) {
        self.html = html
    }

    /// The policy every page carries: no scripts, no plugins, no forms, styles and images from
    /// the page's own folder (and inline styles, `data:` images).
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
        + "form-action 'none'"

    /// The `<meta>` element that states ``contentSecurityPolicy``.
    public static let contentSecurityPolicyMeta =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">"

    public static let builtIn = PageTemplate(
        html: """
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            \(contentSecurityPolicyMeta)
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="description" content="{{description}}">
            <title>{{title}} · {{book}}</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body>
            <div class="layout">
            <nav class="sidebar" aria-label="Chapters">
            {{sidebar}}
            </nav>
            <main>
            {{content}}
            {{pager}}
            </main>
            </div>
            </body>
            </html>

            """)

    /// The layout of the print edition: the chapters one after another, no navigation.
    public static let print = PageTemplate(
        html: """
            <!DOCTYPE html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            \(contentSecurityPolicyMeta)
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="description" content="{{description}}">
            <title>{{book}} · {{title}}</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body class="print-edition">
            <main>
            {{content}}
            </main>
            </body>
            </html>

            """)

    /// The page with every placeholder of the template replaced, in one pass over the template:
    /// values are inserted as given (already HTML) and never searched for placeholders, so a
    /// chapter that writes `{{sidebar}}` shows those characters. Unknown placeholders stay as
    /// they are.
    public func fill(_ values: [String: String]) -> String {
        let template = Array(Self.withPolicy(html).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(template.count + values.values.reduce(0) { $0 + $1.utf8.count })
        let brace = UInt8(ascii: "{")
        let closing = UInt8(ascii: "}")
        var i = 0
        while i < template.count {
            if template[i] == brace, i + 1 < template.count, template[i + 1] == brace,
                let end = Self.placeholderEnd(template, from: i + 2),
                let value = values[String(decoding: template[(i + 2)..<end], as: UTF8.self)]
            {
                out.append(contentsOf: value.utf8)
                i = end + 2
            } else {
                out.append(template[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first placeholder a page template must have and `html` lacks (`content`, where the
    /// chapter goes), or nil.
    public static func missingPlaceholder(in html: String) -> String? {
        html.contains("{{content}}") ? nil : "content"
    }

    /// The index of the `}}` closing a placeholder name that starts at `start` (names are
    /// letters only), or nil.
    private static func placeholderEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var j = start
        while j < bytes.count, (bytes[j] | 0x20) >= UInt8(ascii: "a"),
            (bytes[j] | 0x20) <= UInt8(ascii: "z")
        {
            j += 1
        }
        guard j > start, j + 1 < bytes.count, bytes[j] == UInt8(ascii: "}"),
            bytes[j + 1] == UInt8(ascii: "}")
        else { return nil }
        return j
    }

    /// The template with ``contentSecurityPolicyMeta`` as the first element of its `<head>`
    /// (or of the document when it has no `<head>` tag), unless it is there already. A policy of
    /// the template's own is kept: browsers enforce every policy a page states.
    static func withPolicy(_ html: String) -> String {
        if html.contains(contentSecurityPolicyMeta) { return html }
        // ASCII-only lowering keeps byte offsets equal to those of `html`.
        let lower = html.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        for tag in ["<head", "<html", "<!doctype"] {
            let name = Array(tag.utf8)
            var i = 0
            while i + name.count < lower.count {
                defer { i += 1 }
                guard lower[i] == name[0], Array(lower[i..<(i + name.count)]) == name else {
                    continue
                }
                // `<header>` is not `<head>`: the name must end here.
                let next = lower[i + name.count]
                guard next == UInt8(ascii: ">") || next == 32 || (9...13).contains(next) else {
                    continue
                }
                guard let close = lower[(i + name.count)...].firstIndex(of: UInt8(ascii: ">"))
                else {
                    break
                }
                let bytes = Array(html.utf8)
                return String(decoding: bytes[...close], as: UTF8.self) + "\n"
                    + contentSecurityPolicyMeta
                    + String(decoding: bytes[(close + 1)...], as: UTF8.self)
            }
        }
        return contentSecurityPolicyMeta + "\n" + html
    }
}
