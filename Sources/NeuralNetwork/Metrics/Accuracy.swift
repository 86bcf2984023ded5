/// The `"accuracy"` of `compile(metrics:)`, resolved to a concrete accuracy as Keras does from
/// the shapes of the targets and predictions:
///
/// - binary (``BinaryAccuracy``) when the predictions have one value per sample (last axis 1);
/// - sparse (``SparseCategoricalAccuracy``) when the targets have lower rank than the
///   predictions, or a last axis of 1 while the predictions have more;
/// - categorical (``CategoricalAccuracy``) otherwise.
public enum Accuracy {
    /// The accuracy metric Keras picks for these shapes, named `name`.
    public static func resolve(yTrueShape: [Int], yPredShape: [Int], name: String = "accuracy")
        -> any Metric
    {
        let predictionWidth = yPredShape.last ?? 1
        if predictionWidth == 1 { return BinaryAccuracy(name: name) }
        let sparse =
            yTrueShape.count < yPredShape.count || (yTrueShape.last == 1 && predictionWidth > 1)
        if sparse { return SparseCategoricalAccuracy(name: name) }
        return CategoricalAccuracy(name: name)
    }
}
