import Foundation

/// The page layout: an HTML file with `{{title}}`, `{{book}}`, `{{sidebar}}`, `{{content}}` and
/// `{{pager}}` placeholders. The built-in layout is used unless the chapters folder has a
/// `_template.html` of the user's.
public struct PageTemplate: Sendable {
    public var html: String

    public init(html: String) {
        self.html = html
    }

    public static let builtIn = PageTemplate(html: """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
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

    /// The page with every placeholder replaced (values are inserted as given: already HTML).
    public func fill(_ values: [String: String]) -> String {
        var out = html
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            out = out.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        return out
    }
}
