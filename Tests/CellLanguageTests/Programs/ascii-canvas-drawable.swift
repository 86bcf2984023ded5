// features: protocols, protocol-values, structs, subscripts, mutating, classes, characters, extensions
struct Canvas {
    let width: Int, height: Int
    private var pixels: [[Character]]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = Array(repeating: Array(repeating: " ", count: width), count: height)
    }

    subscript(x: Int, y: Int) -> Character {
        get { (0..<width).contains(x) && (0..<height).contains(y) ? pixels[y][x] : " " }
        set { if (0..<width).contains(x) && (0..<height).contains(y) { pixels[y][x] = newValue } }
    }

    func render() -> String { pixels.map { String($0) }.joined(separator: "\n") }
}

protocol Drawable {
    func draw(on canvas: inout Canvas)
}

struct HLine: Drawable {
    let x: Int, y: Int, length: Int
    var brush: Character = "-"
    func draw(on canvas: inout Canvas) {
        for i in 0..<length { canvas[x + i, y] = brush }
    }
}

struct Box: Drawable {
    let x: Int, y: Int, w: Int, h: Int
    func draw(on canvas: inout Canvas) {
        for i in 0..<w {
            canvas[x + i, y] = "#"
            canvas[x + i, y + h - 1] = "#"
        }
        for j in 0..<h {
            canvas[x, y + j] = "#"
            canvas[x + w - 1, y + j] = "#"
        }
    }
}

struct Label: Drawable {
    let x: Int, y: Int, text: String
    func draw(on canvas: inout Canvas) {
        for (i, ch) in text.enumerated() { canvas[x + i, y] = ch }
    }
}

struct Group: Drawable {
    var children: [Drawable]
    func draw(on canvas: inout Canvas) {
        children.forEach { $0.draw(on: &canvas) }
    }
}

var canvas = Canvas(width: 24, height: 7)
let scene = Group(children: [
    Box(x: 0, y: 0, w: 24, h: 7),
    Label(x: 2, y: 2, text: "Hello, canvas"),
    HLine(x: 2, y: 3, length: 13, brush: "="),
    Box(x: 17, y: 2, w: 5, h: 4),
    Label(x: 22, y: 5, text: "overflow"),
])
scene.draw(on: &canvas)
print(canvas.render())
print(canvas[0, 0], canvas[99, 99] == " ", scene.children.count)
