import Foundation

/// How far a transfer has come.
public struct OSSTransferProgress: Sendable, Hashable {
    /// Bytes transferred so far (a resumed transfer starts with what was done before).
    public var bytesDone: Int
    /// Bytes in all.
    public var totalBytes: Int
    /// Bytes a second since this run of the transfer started.
    public var bytesPerSecond: Double

    /// Creates a report.
    public init(bytesDone: Int, totalBytes: Int, bytesPerSecond: Double) {
        self.bytesDone = bytesDone
        self.totalBytes = totalBytes
        self.bytesPerSecond = bytesPerSecond
    }

    /// A report `started` a run that began with `resumedBytes` already done: the rate counts this run's bytes only.
    init(bytesDone: Int, totalBytes: Int, resumedBytes: Int, started: Date) {
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        self.init(
            bytesDone: bytesDone, totalBytes: totalBytes, bytesPerSecond: Double(bytesDone - resumedBytes) / seconds)
    }

    /// Done, from 0 to 1.
    public var fraction: Double { totalBytes == 0 ? 1 : Double(bytesDone) / Double(totalBytes) }
}
