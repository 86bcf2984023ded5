var axes = Axes(title: "Curves", xLabel: "x")
try axes.line(x: [0, 1, 2], y: [0.0, 1.0, 4.0], label: "square", marker: .circle)
try axes.function({ $0 * $0 }, in: 0...2, label: "smooth", dash: .dashed)
let figure = Figure(axes, title: "Squares")
print(figure.svg().hasPrefix("<svg")) // expect: true
// ---
var copy = axes
try copy.line(x: [0, 1], y: [1, 1], label: "flat")
print(axes.svg == nil) // expect error: value of type 'Axes' has no member 'svg'
// ---
try axes.line(x: [1, 2], y: [1.0]) // expect error: y must have 2 elements
// ---
try axes.line(x: [1, 2], y: [1.0, 2.0], dash: .wavy) // expect error: expected one of .solid, .dashed, .dotted, .dashDot
// ---
let curves = plot(["loss": [0.9, 0.5], "val_loss": [1.0, 0.7]])
print(curves) // expect: Figure
// ---
var bowl = Axes(title: "Bowl")
try bowl.contour(x: -2...2, y: -2...2, levels: .geometric(6)) { x, y in x * x / 4 + y * y }
try bowl.contour(x: -2...2, y: -2...2, levels: .spiral(3)) { x, y in x } // expect error: levels must be .automatic(n), .geometric(n) or .values
// ---
var broken = Axes()
try broken.function({ x in "text" }, in: 0...1) // expect error: closure must return a Double, not 'String'
