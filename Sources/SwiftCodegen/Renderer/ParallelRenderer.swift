import Dispatch
import Foundation

/// Renders files on every core; the result is in the input's order whatever the scheduling.
enum ParallelRenderer {
    static func render(_ files: [FileViewModel], with renderer: FileRenderer) throws(GenerationError)
        -> [RenderedFile]
    {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            results.set(
                index,
                Result { () throws(GenerationError) in
                    RenderedFile(path: file.path, contents: try renderer.render(file))
                })
        }
        var rendered: [RenderedFile] = []
        rendered.reserveCapacity(files.count)
        for result in results.values {
            switch result {
            case .success(let file): rendered.append(file)
            case .failure(let error): throw error
            case nil: throw GenerationError("a file was not rendered")
            }
        }
        return rendered
    }
}

/// One slot per file, written once each from any thread.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<RenderedFile, GenerationError>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<RenderedFile, GenerationError>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<RenderedFile, GenerationError>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
