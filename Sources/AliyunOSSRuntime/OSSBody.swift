import AliyunRuntime

/// What an upload sends: the runtime's ``RequestBody`` (bytes, a file read in chunks, or any sequence of chunks),
/// which every style's raw bodies share.
public typealias OSSBody = RequestBody
