import Foundation
import SpecDiff
import SpecFetching
import SpecIR
import SpecReaders

/// `fetch --check` and `fetch --update`: every locked spec asked for again, and what changed for the Swift API
/// reported; with `--update`, the new documents written and the lock rewritten.
struct UpstreamCheck {
    var service: MetadataService
    var lockPath: String

    /// Reports each locked spec's changes; returns whether any breaks source compatibility.
    ///
    /// - Throws: ``MetadataError`` when there is no lock, a locked file is missing, or upstream cannot be reached.
    func run(taking update: Bool) async throws(MetadataError) -> Bool {
        guard let lock = try SpecLock.read(at: lockPath), !lock.specs.isEmpty else {
            throw MetadataError(
                "no specs are locked in \(lockPath); fetch some first (`aliyun-codegen fetch ecs`)")
        }
        let directory = URL(fileURLWithPath: lockPath).deletingLastPathComponent().path
        let catalog = try await service.products()
        var updated = lock
        var changed: [(path: String, bytes: [UInt8])] = []
        var breaking = false
        let now = SpecLock.timestamp()
        for entry in lock.specs {
            let path = entry.path.hasPrefix("/") ? entry.path : directory + "/" + entry.path
            Progress.line("checking \(entry.product) \(entry.version)")
            let newer = catalog.first { $0.code.lowercased() == entry.product.lowercased() }
            let upstream = try await service.apiDocs(product: entry.product, version: entry.version)
            var lines: [String] = []
            if let newer, let latest = newer.chosenVersion, latest != entry.version {
                lines.append(
                    "  note: upstream's default version is now \(latest) (fetch \(entry.product.lowercased())@\(latest))"
                )
            }
            if upstream.sha256 == entry.sha256 {
                print("\(entry.product) \(entry.version): unchanged")
                lines.forEach { print($0) }
                continue
            }
            guard let old = FileManager.default.contents(atPath: path) else {
                throw MetadataError("\(path):0: error: the locked spec is missing; fetch it again")
            }
            let oldService = try read(Array(old), path: path)
            let newService = try FetchCommand.read(upstream)
            let report = SpecChangeReport.compare(old: oldService, new: newService)
            breaking = breaking || report.isBreaking
            print(report.text)
            lines.forEach { print($0) }
            changed.append((path, upstream.bytes))
            updated.record(
                SpecLock.Entry(
                    product: entry.product, version: entry.version, path: entry.path, url: upstream.url,
                    sha256: upstream.sha256, fetched: now))
        }
        if update {
            for file in changed { try AtomicWrite.write(file.bytes, to: file.path) }
            try AtomicWrite.write(updated.encoded(), to: lockPath)
            print(changed.isEmpty ? "nothing to update" : "updated \(changed.count) specs and \(SpecLock.fileName)")
        }
        return breaking
    }

    private func read(_ bytes: [UInt8], path: String) throws(MetadataError) -> ServiceSpec {
        do {
            return try SpecReader.read(bytes: bytes, path: path).service
        } catch {
            throw MetadataError(error.description)
        }
    }
}
