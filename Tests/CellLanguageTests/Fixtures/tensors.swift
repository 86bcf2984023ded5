let x = Tensor([[1, 2, 3], [4, 5, 6]])
print(x.shape, x.rank, x.count) // expect: [2, 3] 2 6
let b = Tensor([10, 20, 30])
let y = x + b
print(y.scalars) // expect: [11.0, 22.0, 33.0, 14.0, 25.0, 36.0]
print((x * 2).sum().scalar!) // expect: 42.0
print(matmul(x, x.transposed()).scalars) // expect: [14.0, 32.0, 32.0, 77.0]
print(x.mean(alongAxes: [0]).scalars) // expect: [2.5, 3.5, 4.5]
print(x.argmax(alongAxis: 1).scalars) // expect: [2.0, 2.0]
print((-x).max().scalar!) // expect: -1.0
// ---
let w = Tensor([1.5, -2, 3])
let grads = gradients(of: { p in (p[0] * p[0]).sum() }, wrt: [w])
print(grads[0].scalars) // expect: [3.0, -4.0, 6.0]
// ---
seed(7)
let r1 = Tensor.randomNormal([2, 2])
seed(7)
let r2 = Tensor.randomNormal([2, 2])
print(r1 == r2, r1.shape) // expect: true [2, 2]
// ---
let bad = Tensor([1, 2, 3]) + Tensor([1, 2]) // expect error:29: incompatible shapes
// ---
let m = Tensor.zeros([2, 2]).reshaped([3]) // expect error:9: reshape: incompatible shapes. Received: shape=[2, 2] and shape=[3]
