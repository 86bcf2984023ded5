extension JSONValue {
    /// A Float as the shortest decimal that reads back as the same Float (`0.3`, not
    /// `0.30000001192092896`), so saved configurations stay readable.
    public static func float(_ value: Float) -> JSONValue {
        .number(Double(value.description) ?? Double(value))
    }

    /// Floats as an array of shortest decimals.
    public static func floats(_ values: [Float]) -> JSONValue {
        .array(values.map(float))
    }
}
