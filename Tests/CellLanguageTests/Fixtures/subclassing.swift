class StopAfter: Callback {
    let limit: Int
    var epochs: [Int] = []
    init(limit: Int) {
        self.limit = limit
        super.init()
    }
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        super.onEpochEnd(epoch, logs: logs)
        epochs.append(epoch)
        if epoch + 1 >= limit { model?.stopTraining = true }
    }
    override func onTrainBegin(logs: [String: Double]) {
        print("training for", params["epochs"]!, "epochs")
    }
}
let stopper = StopAfter(limit: 3)
let net = Sequential([Input(shape: [1]), Dense(1)])
net.compile(loss: "mse", optimizer: SGD(learningRate: 0.01))
let run = net.fit(Tensor([[1], [2]]), Tensor([[2], [4]]), epochs: 10, callbacks: [stopper], verbose: 0)
// expect: training for 10 epochs
print(stopper.epochs, run.epoch.count) // expect: [0, 1, 2] 3
// ---
class Ratio: Callback {
    var ratios: [Double] = []
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        ratios.append(logs["val_loss"]! / logs["loss"]!)
    }
}
class LoudRatio: Ratio {
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        super.onEpochEnd(epoch, logs: logs)
        print("epoch", epoch, ratios.count)
    }
}
let loud = LoudRatio()
net.fit(Tensor([[1], [2], [3], [4]]), Tensor([[2], [4], [6], [8]]), epochs: 2, validationSplit: 0.5, callbacks: [loud], verbose: 0)
// expect: epoch 0 1
// expect: epoch 1 2
// ---
struct NotAClass: Callback {} // expect error: inheritance from non-protocol type 'Callback'
// ---
class Failing: Callback {
    override func onEpochEnd(_ epoch: Int, logs: [String: Double]) {
        let missing = logs["nope"]! // expect error:23: unexpectedly found nil
    }
}
net.fit(Tensor([[1]]), Tensor([[1]]), callbacks: [Failing()], verbose: 0)
