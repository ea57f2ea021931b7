#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A new file holding a generated file's bytes, written with `open(O_EXCL)` and `write`, to be renamed over its
/// target.
///
/// It is not flushed to the disk with `fsync`: the rename that puts it in place is what makes the write atomic
/// for every reader and for a run that fails (after a power loss, some file systems may keep a renamed file
/// empty; ext4 and APFS flush a file renamed over another first), and Foundation's `Data.write(to:)`, used before, flushed each of a
/// whole-corpus run's 17,779 files, which was a sixth of the run's time.
enum TemporaryFile {
    /// Writes `bytes` to a new file at `path` (mode 0666 less the umask, as Foundation creates files).
    ///
    /// - Throws: the `strerror` text when the file cannot be created or written; a partly written file is removed.
    static func create(_ bytes: [UInt8], at path: String) throws(TemporaryFileError) {
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw TemporaryFileError(errno: errno) }
        let failure: Int32? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                // Writing nothing to a regular file would repeat for ever; take it as an I/O error.
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
        let closed = close(descriptor)
        if let failure = failure ?? (closed == 0 ? nil : errno) {
            unlink(path)
            throw TemporaryFileError(errno: failure)
        }
    }
}

/// Why a temporary file could not be written.
struct TemporaryFileError: Error, CustomStringConvertible {
    /// The C library's error number.
    var errno: Int32
    var description: String { String(cString: strerror(errno)) }
}
