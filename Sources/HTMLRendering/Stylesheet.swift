/// The site's stylesheet: light and dark themes through CSS variables (figures use the same
/// variables), a sidebar that folds above the text on narrow screens, and a print style.
enum Stylesheet {
    static let css = """
        :root {
          --bg: #ffffff; --fg: #1d1f23; --muted: #5b6270; --accent: #0b62c4; --border: #d9dde3;
          --code-bg: #f5f7fa; --output-bg: #fbfbf8; --error: #b3261e; --error-bg: #fdf0ef;
          --fig-fg: #1d1f23; --fig-grid: #e3e6ea; --fig-bg: var(--bg);
          --tok-keyword: #a3186b; --tok-type: #0b6e78; --tok-number: #1c4fb8; --tok-string: #b5480c;
          --tok-comment: #6b7280; --tok-label: #5a3fb0; --tok-attribute: #8a5a00; --ok: #1e7a3c;
          color-scheme: light dark;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15171b; --fg: #e4e6ea; --muted: #9aa1ad; --accent: #6aa8f7; --border: #30343b;
            --code-bg: #1d2026; --output-bg: #191b20; --error: #ff8a80; --error-bg: #2b1a1a;
            --fig-fg: #e4e6ea; --fig-grid: #343840;
            --tok-keyword: #f28fc4; --tok-type: #6fd3dc; --tok-number: #9cbcff; --tok-string: #f0a472;
            --tok-comment: #8b93a1; --tok-label: #c0a8ff; --tok-attribute: #e6c07a; --ok: #6cd08f;
          }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        a { color: var(--accent); }
        .layout { display: flex; max-width: 1400px; margin: 0 auto; }
        nav.sidebar { flex: 0 0 250px; padding: 1.5rem 1rem; border-right: 1px solid var(--border);
          position: sticky; top: 0; align-self: flex-start; max-height: 100vh; overflow-y: auto; font-size: 15px; }
        nav.sidebar ol { padding-left: 1.2rem; margin: 0.3rem 0; }
        nav.sidebar li.current > a { font-weight: 600; color: var(--fg); }
        nav.sidebar .book-title { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; }
        main { flex: 1 1 auto; min-width: 0; padding: 1.5rem 2rem 4rem; }
        h1 { margin-top: 0.4rem; }
        main p, main li { overflow-wrap: break-word; }
        h1, h2, h3, h4 { line-height: 1.25; }
        h1 .anchor, h2 .anchor, h3 .anchor, h4 .anchor { visibility: hidden; margin-left: 0.4rem;
          text-decoration: none; color: var(--muted); }
        h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor { visibility: visible; }
        pre { background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px;
          padding: 0.8rem 1rem; overflow-x: auto; font-size: 14px; line-height: 1.45; }
        code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
        .cell { margin: 1.2rem 0; }
        .cell .source pre { margin-bottom: 0; border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
        .cell .outputs { border: 1px solid var(--border); border-top: none; background: var(--output-bg);
          border-radius: 0 0 6px 6px; padding: 0.4rem 1rem; }
        .cell .outputs:first-child { border-top: 1px solid var(--border); border-radius: 6px; }
        .cell .outputs pre { background: none; border: none; padding: 0.3rem 0; margin: 0; }
        /* Printed output keeps box-drawing tables (model summaries) joined from line to line. */
        .cell .outputs pre.stdout { line-height: 1.2;
          font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        /* On a wide page a printed line longer than the column wraps instead of hiding its end
           (the numbers a reader looks for); a phone keeps columns aligned and scrolls. */
        @media (min-width: 801px) {
          .cell .outputs pre.stdout:not(.table) { white-space: pre-wrap; overflow-wrap: anywhere; }
          /* Model summaries are wider than the text column at 14 px; at 12 px most fit. */
          .cell .outputs pre.stdout.table { font-size: 12px; }
        }
        .cell .error pre, .chapter-errors pre { color: var(--error); background: var(--error-bg);
          border: 1px solid var(--error); padding: 0.6rem 0.8rem; }
        .cell .failure pre { color: var(--error); }
        .cell .label { font-size: 12px; color: var(--muted); }
        /* Figures paint their background (and their legends' boxes) in the colour they sit on. */
        .cell .outputs { --fig-bg: var(--output-bg); }
        .figure svg { width: 100%; height: auto; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-size: 15px; }
        th, td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
        th { background: var(--code-bg); }
        blockquote { margin: 0; padding-left: 1rem; border-left: 3px solid var(--border); color: var(--muted); }
        math[display="block"] { margin: 0.8rem 0; overflow-x: auto; }
        /* A font with an OpenType MATH table stretches braces and radicals; browsers ignore
           columnalign, so cases and aligned environments align through CSS. */
        math { font-family: "STIX Two Math", "Latin Modern Math", "Cambria Math", "DejaVu Math TeX Gyre",
          math; }
        mtable[columnalign="left"] > mtr > mtd { text-align: left; padding-right: 1em; }
        mtable[columnalign^="right left"] > mtr > mtd:nth-child(odd) { text-align: right; padding-right: 0; }
        mtable[columnalign^="right left"] > mtr > mtd:nth-child(even) { text-align: left; padding-left: 0; }
        .nobr { white-space: nowrap; }
        .math-parts { display: flex; flex-wrap: wrap; justify-content: center; align-items: baseline;
          column-gap: 2.5em; margin: 0.8rem 0; }
        .math-parts > math[display="block"] { margin: 0.25rem 0; min-width: 0; max-width: 100%; }
        .equation { display: flex; align-items: center; gap: 1rem; }
        .equation math[display="block"] { flex: 1 1 auto; }
        .equation-number { flex: none; }
        .pager { display: flex; justify-content: space-between; margin-top: 3rem; padding-top: 1rem;
          border-top: 1px solid var(--border); gap: 1rem; }
        .tok-keyword { color: var(--tok-keyword); } .tok-type { color: var(--tok-type); }
        .tok-number { color: var(--tok-number); } .tok-string { color: var(--tok-string); }
        .tok-comment { color: var(--tok-comment); font-style: italic; } .tok-label { color: var(--tok-label); }
        .tok-attribute { color: var(--tok-attribute); }
        /* Footnote marks must not push their line away from its neighbours. */
        sup.footnote-ref { line-height: 0; }
        .footnotes { font-size: 15px; color: var(--muted); border-top: 1px solid var(--border); margin-top: 2rem; }
        li.task { list-style: none; margin-left: -1.3rem; }
        nav.sidebar .part { margin: 1rem 0 0.2rem; font-size: 13px; font-weight: 600; text-transform: uppercase;
          letter-spacing: 0.04em; color: var(--muted); }
        nav.sidebar .print-link { margin-top: 1.2rem; font-size: 14px; }
        .mark.passed, .status.passed { color: var(--ok); }
        .mark.failed, .status.failed { color: var(--error); }
        .chapter-status { display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; font-size: 14px; color: var(--muted);
          border: 1px solid var(--border); border-left: 4px solid var(--ok); border-radius: 6px;
          padding: 0.4rem 0.8rem; margin-bottom: 1rem; }
        .chapter-status p { margin: 0; }
        .chapter-status.passed .mark { color: var(--ok); }
        .chapter-status.failed { border-left-color: var(--error); background: var(--error-bg); }
        .chapter-status.failed .mark { color: var(--error); }
        .chapter-grid { display: grid; grid-template-columns: minmax(0, 1fr) 13rem; gap: 2rem; }
        .chapter-body { grid-column: 1; grid-row: 1; min-width: 0; }
        nav.on-this-page { grid-column: 2; grid-row: 1; position: sticky; top: 1rem; align-self: start;
          font-size: 14px; max-height: calc(100vh - 2rem); overflow-y: auto; border-left: 1px solid var(--border);
          padding-left: 0.9rem; }
        nav.on-this-page .toc-title { font-weight: 600; margin: 0 0 0.3rem; color: var(--muted); }
        nav.on-this-page ol { list-style: none; padding: 0; margin: 0; }
        nav.on-this-page li { margin: 0.2rem 0; }
        nav.on-this-page li.level-3 { padding-left: 0.9rem; }
        nav.on-this-page a { text-decoration: none; }
        nav.on-this-page a:hover { text-decoration: underline; }
        .figure-download { margin: 0 0 0.3rem; font-size: 13px; text-align: right; }
        details.plain-source { font-size: 13px; color: var(--muted); margin-top: 0.2rem; }
        details.plain-source summary { cursor: pointer; width: max-content; }
        details.plain-source textarea { display: block; width: 100%; margin-top: 0.3rem; resize: vertical;
          font: 13px/1.45 ui-monospace, "SF Mono", Menlo, Consolas, monospace; color: var(--fg);
          background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem; }
        .index .authors { font-size: 1.1rem; color: var(--muted); margin-top: -0.4rem; }
        .index .description { font-size: 1.1rem; }
        .index .book-links { font-size: 15px; }
        .index h2 { margin-top: 2rem; font-size: 1.2rem; border-bottom: 1px solid var(--border); padding-bottom: 0.3rem; }
        ol.contents > li { margin: 0.9rem 0; }
        ol.contents > li > a { font-weight: 600; }
        ol.contents .status { display: block; font-size: 13px; }
        ol.contents > li.unrendered > .chapter-title { font-weight: 600; color: var(--muted); }
        .status.pending, .chapter-note, nav.sidebar li.unrendered { color: var(--muted); }
        ol.contents ul { margin: 0.2rem 0; padding-left: 1.2rem; font-size: 15px; }
        body.print-edition main { max-width: 50rem; margin: 0 auto; }
        .print-title { text-align: center; margin: 3rem 0; }
        .print-title .book-name { font-size: 2rem; font-weight: 700; margin: 0; }
        .print-chapter + .print-chapter { border-top: 1px solid var(--border); margin-top: 3rem; }
        @media (max-width: 1100px) {
          .chapter-grid { display: block; }
          nav.on-this-page { position: static; max-height: none; border-left: 3px solid var(--border);
            margin-bottom: 1rem; }
          nav.on-this-page ol { columns: 2 14rem; }
        }
        @media (max-width: 800px) {
          /* On a phone the text comes first; the chapter list follows it. */
          .layout { flex-direction: column; }
          main { order: 1; }
          nav.sidebar { order: 2; flex: none; position: static; max-height: none; border-right: none;
            border-top: 1px solid var(--border); }
          main { padding: 1rem; }
        }
        @media (max-width: 480px) {
          body { font-size: 16px; }
          h1 { font-size: 1.6rem; }
          pre { font-size: 13px; padding: 0.6rem 0.7rem; }
          .cell .outputs { padding: 0.3rem 0.6rem; }
          nav.sidebar { padding: 1rem; }
        }
        @media print {
          nav.sidebar, .pager, .anchor, nav.on-this-page, details.plain-source, .figure-download,
            .print-link { display: none; }
          .layout, .chapter-grid { display: block; }
          body { font-size: 11pt; background: #fff; color: #000; }
          /* Paper is white whatever the screen's theme: figures and code take the light colours. */
          :root { --bg: #fff; --fg: #000; --muted: #444; --border: #ccc; --code-bg: #f5f7fa;
            --output-bg: #fff; --fig-fg: #1d1f23; --fig-grid: #e3e6ea; --error: #b3261e;
            --error-bg: #fdf0ef; --fig-image-filter: none;
            --fig-c0: #0072B2; --fig-c1: #D55E00; --fig-c2: #009E73; --fig-c3: #CC79A7;
            --fig-c4: #E69F00; --fig-c5: #56B4E9; --fig-c6: #6E7781; --fig-muted: #59636e;
            --tok-keyword: #a3186b; --tok-type: #0b6e78; --tok-number: #1c4fb8; --tok-string: #b5480c;
            --tok-comment: #6b7280; --tok-label: #5a3fb0; --tok-attribute: #8a5a00; }
          main { padding: 0; }
          pre { white-space: pre-wrap; break-inside: avoid; }
          .figure, table, math[display="block"] { break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; }
          .print-chapter { break-before: page; border-top: none; margin-top: 0; }
          .print-title { break-after: page; margin-top: 30vh; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
