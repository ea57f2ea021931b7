import SpecReaders

/// Renders files on every core; the result is in the input's order whatever the scheduling.
enum ParallelRenderer {
    static func render(_ files: [FileViewModel], with renderer: FileRenderer) throws(GenerationError)
        -> [RenderedFile]
    {
        let results = files.concurrentMap { file in
            Result { () throws(GenerationError) in RenderedFile(path: file.path, contents: try renderer.render(file)) }
        }
        return try results.map { result throws(GenerationError) in try result.get() }
    }
}
