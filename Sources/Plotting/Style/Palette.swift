/// The colour-blind-safe series palette (Okabe & Ito 2008, "Color Universal Design"), with
/// yellow replaced by a neutral grey because yellow lines vanish on white pages.
///
/// Colours are never written as literals on marks: a mark uses the classes `hf-s<i>` (stroke)
/// and `hf-f<i>` (fill), and the stylesheet maps them to `var(--fig-c<i>, <default>)`. A page
/// can thus restyle every figure; without page variables the light or dark defaults below
/// apply, following `prefers-color-scheme`.
enum Palette {
    /// Light-theme defaults: blue, vermillion, bluish green, reddish purple, orange,
    /// sky blue, grey.
    static let light = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6E7781",
    ]
    /// Dark-theme defaults: the same hues, lightened where needed for contrast on near-black.
    static let dark = ["#3D9BE0", "#F07A2E", "#1DBF8F", "#DB93BC", "#F0B429", "#7FC8F2", "#9DA7B3"]

    /// Number of distinct series colours before the palette repeats.
    static var count: Int { light.count }

    /// The palette slot for series or class number `index` (cycling, negative-safe).
    static func slot(_ index: Int) -> Int {
        ((index % count) + count) % count
    }

    /// Stroke class for a slot.
    static func strokeClass(_ index: Int) -> String { "hf-s\(slot(index))" }

    /// Fill class for a slot.
    static func fillClass(_ index: Int) -> String { "hf-f\(slot(index))" }
}
