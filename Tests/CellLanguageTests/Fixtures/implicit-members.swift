var styled = Axes(title: "Styles", xLabel: "x", yLabel: "y", xScale: .linear, yScale: .log)
try styled.line(x: [1, 2, 3], y: [1.0, 10.0, 100.0], label: "dotted", dash: .dotted, marker: .square)
try styled.line(x: [1, 2, 3], y: [2.0, 20.0, 200.0], label: "dash-dot", dash: .dashDot, marker: .triangle)
try styled.line(x: [1, 2], y: [5.0, 50.0], dash: .solid, marker: .none)
try styled.scatter(x: [1.0, 2.0], y: [3.0, 4.0], marker: .circle)
print(Figure(styled).svg().contains("<svg")) // expect: true
// ---
var levelsAxes = Axes(title: "Levels")
try levelsAxes.contour(x: -1...1, y: -1...1, levels: .automatic(5)) { x, y in x * x + y * y }
try levelsAxes.contour(x: -1...1, y: -1...1, levels: .values([0.25, 0.5])) { x, y in x * x + y * y }
print(Figure(levelsAxes, title: "Bowls").svg().hasPrefix("<svg")) // expect: true
// ---
func half(_ x: Double) -> Double { x / 2 }
