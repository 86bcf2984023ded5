import Foundation

extension Runner {
    /// Serves the book on `host:port` with live reload until the process is stopped; returns
    /// only when it cannot start. `host` nil means loopback (127.0.0.1): any other address
    /// must be asked for.
    public func serve(
        _ paths: [String], host: String?, port: Int, outputDirectory: String, verbose: Bool
    ) -> ExitCode {
        guard (0...65535).contains(port) else {
            output("error: --port must be between 0 and 65535, not \(port)")
            return .usage
        }
        let address = host.map { $0 == "localhost" ? "127.0.0.1" : $0 } ?? "127.0.0.1"
        let server = PreviewServer(
            paths: paths, runner: self, outputDirectory: outputDirectory, host: address,
            port: UInt16(port), verbose: verbose)
        final class Outcome: @unchecked Sendable {
            var port: UInt16?
            var failure: String?
        }
        let outcome = Outcome()
        let started = DispatchSemaphore(value: 0)
        Task {
            do {
                outcome.port = try await server.start()
            } catch {
                outcome.failure = "\(error)"
            }
            started.signal()
        }
        started.wait()
        guard let bound = outcome.port else {
            output(outcome.failure ?? "error: the preview server did not start")
            return .usage
        }
        if !PreviewServer.isLoopback(address) {
            output(
                "warning: serving on \(address): anyone who can reach this machine on port \(bound) can read the book and make it run its cells"
            )
        }
        output(
            "Serving the book at http://\(PreviewServer.isLoopback(address) ? "localhost" : address):\(bound)/ (Ctrl-C stops)"
        )
        while true { Thread.sleep(forTimeInterval: 3600) }
    }
}
