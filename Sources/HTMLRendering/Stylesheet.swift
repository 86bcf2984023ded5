/// The site's stylesheet: light and dark themes through CSS variables (figures use the same
/// variables), a sidebar that folds above the text on narrow screens, and a print style.
enum Stylesheet {
    static let css = """
    :root {
      --bg: #ffffff; --fg: #1d1f23; --muted: #5b6270; --accent: #0b62c4; --border: #d9dde3;
      --code-bg: #f5f7fa; --output-bg: #fbfbf8; --error: #b3261e; --error-bg: #fdf0ef;
      --fig-fg: #1d1f23; --fig-grid: #e3e6ea; --fig-bg: transparent;
      --tok-keyword: #a3186b; --tok-type: #0b6e78; --tok-number: #1c4fb8; --tok-string: #b5480c;
      --tok-comment: #6b7280; --tok-label: #5a3fb0; --tok-attribute: #8a5a00;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #15171b; --fg: #e4e6ea; --muted: #9aa1ad; --accent: #6aa8f7; --border: #30343b;
        --code-bg: #1d2026; --output-bg: #191b20; --error: #ff8a80; --error-bg: #2b1a1a;
        --fig-fg: #e4e6ea; --fig-grid: #343840;
        --tok-keyword: #f28fc4; --tok-type: #6fd3dc; --tok-number: #9cbcff; --tok-string: #f0a472;
        --tok-comment: #8b93a1; --tok-label: #c0a8ff; --tok-attribute: #e6c07a;
      }
    }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--bg); color: var(--fg);
      font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
    a { color: var(--accent); }
    .layout { display: flex; max-width: 1200px; margin: 0 auto; }
    nav.sidebar { flex: 0 0 250px; padding: 1.5rem 1rem; border-right: 1px solid var(--border);
      position: sticky; top: 0; align-self: flex-start; max-height: 100vh; overflow-y: auto; font-size: 15px; }
    nav.sidebar ol { padding-left: 1.2rem; margin: 0.3rem 0; }
    nav.sidebar li.current > a { font-weight: 600; color: var(--fg); }
    nav.sidebar .book-title { font-weight: 700; font-size: 1.1rem; color: var(--fg); text-decoration: none; }
    main { flex: 1 1 auto; min-width: 0; padding: 1.5rem 2rem 4rem; }
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
    .cell .error pre, .chapter-errors pre { color: var(--error); background: var(--error-bg);
      border: 1px solid var(--error); padding: 0.6rem 0.8rem; }
    .cell .failure pre { color: var(--error); }
    .cell .label { font-size: 12px; color: var(--muted); }
    .figure svg { width: 100%; height: auto; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; margin: 0.8rem 0; font-size: 15px; }
    th, td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
    th { background: var(--code-bg); }
    blockquote { margin: 0; padding-left: 1rem; border-left: 3px solid var(--border); color: var(--muted); }
    math[display="block"] { margin: 0.8rem 0; overflow-x: auto; }
    .pager { display: flex; justify-content: space-between; margin-top: 3rem; padding-top: 1rem;
      border-top: 1px solid var(--border); gap: 1rem; }
    .tok-keyword { color: var(--tok-keyword); } .tok-type { color: var(--tok-type); }
    .tok-number { color: var(--tok-number); } .tok-string { color: var(--tok-string); }
    .tok-comment { color: var(--tok-comment); font-style: italic; } .tok-label { color: var(--tok-label); }
    .tok-attribute { color: var(--tok-attribute); }
    .footnotes { font-size: 15px; color: var(--muted); border-top: 1px solid var(--border); margin-top: 2rem; }
    li.task { list-style: none; margin-left: -1.3rem; }
    @media (max-width: 800px) {
      .layout { display: block; }
      nav.sidebar { position: static; max-height: none; border-right: none; border-bottom: 1px solid var(--border); }
      main { padding: 1rem; }
    }
    @media print {
      nav.sidebar, .pager, .anchor { display: none; }
      .layout { display: block; }
      pre { white-space: pre-wrap; }
    }
    """
}
