let s = "Hello, World"
print(String(s.reversed())) // expect: dlroW ,olleH
print(s.first!, s.last!) // expect: H d
print(String(s.prefix(5)), String(s.suffix(5)), String(s.dropFirst(7))) // expect: Hello World World
// ---
print("1,2,3".components(separatedBy: ","), "a-b".replacingOccurrences(of: "-", with: "+")) // expect: ["1", "2", "3"] a+b
print("  pad  ".trimmingCharacters(in: .whitespaces) + "|") // expect: pad|
// ---
let notString = "a" + 1 // expect error:21: binary operator '+' cannot be applied to operands of type 'String' and 'Int'
