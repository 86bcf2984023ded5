let data = FashionMNIST.load()
print(data.trainImages.shape, data.testImages.shape) // expect: [60000, 28, 28] [10000, 28, 28]
print(data.trainLabels.count, data.trainLabels.prefix(3)) // expect: 60000 [9, 0, 0]
print(data.classNames[9]) // expect: Ankle boot
// Raw 0…255 pixels, as Keras's load_data() returns them; scaled explicitly.
let first = data.trainImages.row(0)
print(first.shape, first.max().scalar!) // expect: [28, 28] 255.0
let scaled = data.trainImages / 255.0
print(scaled.row(0).max().scalar! <= 1.0) // expect: true
let grid = Figure.imageGrid((0..<4).map { data.trainImages.row($0).scalars }, width: 28,
                            labels: data.trainLabels.prefix(4).map { data.classNames[$0] })
print(grid.svg().contains("Ankle boot")) // expect: true
