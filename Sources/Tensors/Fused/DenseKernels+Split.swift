extension DenseKernels {
    /// ``forward(input:rows:inputs:weight:units:stride:bias:activation:output:)`` as two halves
    /// on two threads when the product has at least `minimumSplitWork` multiply-adds (by rows
    /// for batches of at least twice ``Parallelism/rowSplitThreshold`` rows, else by output
    /// columns), whole on this thread otherwise. Either way every element is computed the same.
    static func forwardSplitting(
        input x: UnsafePointer<Float>, rows: Int, inputs fanIn: Int,
        weight w: UnsafeMutablePointer<Float>,
        units: Int, bias b: UnsafeMutablePointer<Float>, activation f: Activation,
        output out: UnsafeMutablePointer<Float>, minimumSplitWork: Int
    ) {
        let plan = Parallelism.plan(work: rows * fanIn * units, minimumWork: minimumSplitWork)
        defer { Parallelism.finish(plan) }
        guard plan.split else {
            forward(
                input: x, rows: rows, inputs: fanIn, weight: w, units: units, bias: b,
                activation: f, output: out)
            return
        }
        var first = KernelTask(
            kind: .forward, input: x, rows: rows, fanIn: fanIn, weight: w, units: units,
            stride: units, bias: b, activation: f, output: out, learningRate: 0)
        var second = first
        if rows >= 2 * Parallelism.rowSplitThreshold {
            first.rows = rows / 2
            second.rows = rows - first.rows
            second.input = x + first.rows * fanIn
            second.output = out + first.rows * units
        } else {
            first.units = units / 2
            second.units = units - first.units
            second.weight = w + first.units
            second.bias = b + first.units
            second.output = out + first.units
        }
        Parallelism.run({ first.execute() }, second)
    }
}
