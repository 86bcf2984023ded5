/// The argument checks the schedules share, with messages in the "Received: x=…" style.
enum ScheduleChecks {
    static func nonNegative(_ kind: String, _ label: String, _ value: Double) throws {
        guard value.isFinite, value >= 0 else {
            throw TrainingError.invalidArgument(
                "\(kind): `\(label)` must be a finite number >= 0. Received: \(label)=\(value)")
        }
    }

    static func positive(_ kind: String, _ label: String, _ value: Int) throws {
        guard value > 0 else {
            throw TrainingError.invalidArgument(
                "\(kind): `\(label)` must be > 0. Received: \(label)=\(value)")
        }
    }
}
