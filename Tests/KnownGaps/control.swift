let word = "b"
let pt = (1, 0)
let pt2 = (2, 3)
switch pt2 {
case (let x, 0): print("x", x)
case (0...1, 0...1): print("near")
case let (x, y) where x < y: print("above diagonal", x, y) // expect: above diagonal 2 3
case (let x, let y): print(x, y)
}
let score = 0.75
switch score {
case ..<0.5: print("low")
case 0.5..<0.8: print("mid") // expect: mid
default: print("high")
}
let flag = true
switch flag {
case true: print("yes") // expect: yes
case false: print("no")
}
