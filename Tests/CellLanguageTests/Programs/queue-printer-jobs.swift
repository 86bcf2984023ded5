// features: classes, enum-raw, protocols, arrays, while, optionals, observers, computed-properties
enum JobState: String {
    case queued, printing, done, cancelled
}

final class PrintJob: CustomStringConvertible {
    let id: Int
    let document: String
    let pages: Int
    var printed = 0 {
        didSet {
            if printed >= pages { state = .done }
        }
    }
    var state = JobState.queued

    init(id: Int, document: String, pages: Int) {
        self.id = id
        self.document = document
        self.pages = pages
    }

    var description: String { "#\(id) \(document) [\(printed)/\(pages)] \(state.rawValue)" }
}

final class Printer {
    private var queue: [PrintJob] = []
    let pagesPerTick: Int
    private(set) var ticks = 0

    init(pagesPerTick: Int) { self.pagesPerTick = pagesPerTick }

    func submit(_ job: PrintJob) { queue.append(job) }

    func cancel(id: Int) -> Bool {
        guard let job = queue.first(where: { $0.id == id && $0.state == .queued }) else { return false }
        job.state = .cancelled
        return true
    }

    var active: PrintJob? { queue.first { $0.state == .queued || $0.state == .printing } }

    func tick() {
        ticks += 1
        guard let job = active else { return }
        job.state = .printing
        job.printed = min(job.pages, job.printed + pagesPerTick)
    }

    func runUntilIdle() -> [PrintJob] {
        while active != nil && ticks < 100 { tick() }
        return queue
    }
}

let printer = Printer(pagesPerTick: 4)
let jobs = [("report.pdf", 10), ("photo.png", 1), ("thesis.pdf", 22), ("memo.txt", 2)]
for (i, (doc, pages)) in jobs.enumerated() {
    printer.submit(PrintJob(id: i + 1, document: doc, pages: pages))
}
printer.tick()
print(printer.active!)
print(printer.cancel(id: 3), printer.cancel(id: 3), printer.cancel(id: 9))
for job in printer.runUntilIdle() {
    print(job)
}
print("ticks:", printer.ticks)
