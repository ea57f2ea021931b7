import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A document an emulator keeps its state in: JSON, with the problems that make a decoded one unusable.
public protocol StateDocument: Codable, Sendable {
    /// What is wrong with the document (a duplicate identifier, a value out of range); empty when it can be used.
    var problems: [String] { get }
}

/// A state file: read with errors that name the file and what is wrong, written atomically (a new file
/// next to it, flushed to disk, then renamed over it), so a crash leaves the old state or the new one,
/// never a torn file.
public struct JSONStateFile<Document: StateDocument>: Sendable {
    /// The file's path.
    public var path: String

    /// A state file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The state the file holds.
    ///
    /// - Throws: ``StateFileError`` naming the file: unreadable, not JSON, a missing or mistyped field
    ///   (with its path in the document), or a state with problems.
    public func read() throws(StateFileError) -> Document {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StateFileError(path: path, message: "cannot be read (\(Self.reason(error)))")
        }
        let state: Document
        do {
            state = try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw StateFileError(path: path, message: Self.describe(error))
        } catch {
            throw StateFileError(path: path, message: "is not a state file: \(error)")
        }
        if let problem = state.problems.first { throw StateFileError(path: path, message: problem) }
        return state
    }

    /// The permissions a new state file gets: the owner's alone (the state names the account's resources).
    public static var newFileMode: mode_t { 0o600 }

    /// Writes the state: pretty-printed JSON with sorted keys, replaced atomically. The file keeps the
    /// permissions it had; a new file gets ``newFileMode``, whatever the umask.
    public func write(_ state: Document) throws(StateFileError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(state) + Data("\n".utf8)
        } catch {
            throw StateFileError(path: path, message: "cannot be encoded: \(error)")
        }
        let temporary = path + ".tmp-\(getpid())-\(UUID().uuidString)"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, Self.newFileMode)
        guard descriptor >= 0 else { throw StateFileError(path: path, message: "cannot be written: \(errnoText())") }
        guard fchmod(descriptor, existingMode() ?? Self.newFileMode) == 0 else {
            let reason = errnoText()
            close(descriptor)
            unlink(temporary)
            throw StateFileError(path: path, message: "cannot be written: \(reason)")
        }
        let written = data.withUnsafeBytes { bytes -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let count = systemWrite(descriptor, base + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let flushed = written && fsync(descriptor) == 0
        let failure = errnoText()
        close(descriptor)
        guard flushed, rename(temporary, path) == 0 else {
            let reason = flushed ? errnoText() : failure
            unlink(temporary)
            throw StateFileError(path: path, message: "cannot be written: \(reason)")
        }
        let parent = (path as NSString).deletingLastPathComponent
        let directory = open(parent.isEmpty ? "." : parent, O_RDONLY)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    /// The permission bits of the file as it is now; nil when there is none yet.
    private func existingMode() -> mode_t? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty
                ? "the document"
                : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                    .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(at(context.codingPath + [key])) is required"
        case .typeMismatch(let type, let context):
            return "\(at(context.codingPath)) must be \(describe(type))"
        case .valueNotFound(let type, let context):
            return "\(at(context.codingPath)) must be \(describe(type)), not null"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey]
                return "is not valid JSON (\(underlying as? String ?? context.debugDescription))"
            }
            return "\(at(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "is not a state file: \(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type: "an integer"
        case is [String].Type: "an array of strings"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

/// `write(2)`, under a name that the `write` method does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// A state file that cannot be read or written: `path: error: message`.
public struct StateFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong.
    public var message: String

    /// `path: error: message`.
    public var description: String { "\(path): error: \(message)" }
}
