/// The CSS embedded once in every figure. It maps semantic classes to the page's CSS variables,
/// with light defaults and dark defaults chosen by `prefers-color-scheme`.
///
/// Page variables (all optional):
/// - `--fig-fg`: text, axes and tick colour;
/// - `--fig-bg`: figure background (also the halo behind legends);
/// - `--fig-grid`: grid lines and the legend border;
/// - `--fig-muted`: secondary text (axis titles use `--fig-fg`);
/// - `--fig-c0` … `--fig-c6`: the series palette;
/// - `--fig-image-filter`: CSS filter applied to grayscale images (e.g. `invert(1)` in a dark
///   theme, so that light-on-dark pixels match the page).
/// - `--fig-font`: font family.
enum Stylesheet {
    static let text: String = {
        var css = ".hf-figure{"
        css += "--hf-fg:#1f2328;--hf-bg:#ffffff;--hf-grid:#d8dee4;--hf-muted:#59636e;"
        css += "--hf-img:none;"
        for (index, colour) in Palette.light.enumerated() { css += "--hf-c\(index):\(colour);" }
        css += "font-family:var(--fig-font,system-ui,-apple-system,'Segoe UI',Roboto,"
        css += "'Helvetica Neue',Arial,sans-serif);max-width:100%;height:auto}"
        css += "@media (prefers-color-scheme:dark){.hf-figure{"
        css += "--hf-fg:#e6edf3;--hf-bg:#0d1117;--hf-grid:#3a424c;--hf-muted:#9198a1;"
        css += "--hf-img:invert(1);"
        for (index, colour) in Palette.dark.enumerated() { css += "--hf-c\(index):\(colour);" }
        css += "}}"
        css += ".hf-bg{fill:var(--fig-bg,var(--hf-bg))}"
        css += ".hf-text{fill:var(--fig-fg,var(--hf-fg))}"
        css += ".hf-muted{fill:var(--fig-muted,var(--hf-muted))}"
        css += ".hf-axis{stroke:var(--fig-fg,var(--hf-fg));stroke-width:1;fill:none}"
        css += ".hf-fgline{stroke:var(--fig-fg,var(--hf-fg));fill:none}"
        css += ".hf-grid{stroke:var(--fig-grid,var(--hf-grid));stroke-width:0.8;fill:none}"
        css += ".hf-legend{fill:var(--fig-bg,var(--hf-bg));fill-opacity:0.88;"
        css += "stroke:var(--fig-grid,var(--hf-grid))}"
        css += ".hf-contour{stroke:var(--fig-fg,var(--hf-fg));stroke-opacity:0.32;fill:none;"
        css += "stroke-width:0.9}"
        css += ".hf-image{image-rendering:pixelated;image-rendering:crisp-edges;"
        css += "filter:var(--fig-image-filter,var(--hf-img))}"
        css += ".hf-line{fill:none;stroke-linejoin:round;stroke-linecap:round}"
        css += ".hf-halo{stroke:var(--fig-bg,var(--hf-bg))}"
        for index in 0..<Palette.count {
            css += ".hf-s\(index){stroke:var(--fig-c\(index),var(--hf-c\(index)))}"
            css += ".hf-f\(index){fill:var(--fig-c\(index),var(--hf-c\(index)))}"
        }
        return css
    }()
}
