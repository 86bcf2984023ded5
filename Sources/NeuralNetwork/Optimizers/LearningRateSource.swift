/// A learning rate as the optimizers' initializers accept it.
enum LearningRateSource {
    case constant(Float)
    case schedule(any LearningRateSchedule)
}
