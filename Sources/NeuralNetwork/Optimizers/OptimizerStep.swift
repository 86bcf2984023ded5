/// What one update knows besides the gradients: its learning rate and its step number.
struct OptimizerStep {
    /// The learning rate of this update (the schedule's value where there is one).
    let learningRate: Float
    /// The step number, from 1 (Keras's `iterations + 1`).
    let t: Int
}
