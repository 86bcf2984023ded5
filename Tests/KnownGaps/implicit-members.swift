var dashAxes = Axes()
try dashAxes.line(x: [1, 2], y: [1.0, 2.0], dash: .zigzag) // expect error:52: type 'LineDash' has no member 'zigzag'
// ---
var markerAxes = Axes()
try markerAxes.line(x: [1, 2], y: [1.0, 2.0], marker: .star) // expect error:56: type 'MarkerShape' has no member 'star'
