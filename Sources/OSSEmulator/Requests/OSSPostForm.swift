import Foundation

/// A PostObject request's `multipart/form-data` body: its fields (names in lower case, as OSS compares them) and
/// its file, which OSS requires to be the last part. Read within the request's size limit; a body that is not such a
/// form is `InvalidArgument`.
struct OSSPostForm: Sendable {
    /// The fields before the file, by lower-case name; the first of a name is kept.
    var fields: [String: String] = [:]
    /// The file's bytes.
    var file: [UInt8] = []
    /// The file part's file name, for `${filename}` in the key.
    var fileName = ""
    /// The file part's own `Content-Type`, if it has one.
    var fileContentType: String?

    /// The form of `body`, whose `Content-Type` is `contentType` (`multipart/form-data; boundary=…`).
    init(contentType: String, body: [UInt8]) throws(OSSFailure) {
        guard let boundary = Self.boundary(contentType) else {
            throw OSSFailure(.invalidArgument, message: "A PostObject request's body must be multipart/form-data.")
        }
        let delimiter = Array("--\(boundary)".utf8)
        var parts = Self.split(body, by: delimiter)
        // Before the first delimiter is a preamble; after the last (`--boundary--`), an epilogue.
        guard parts.count >= 2 else { throw OSSFailure(.invalidArgument, message: "The form has no parts.") }
        parts.removeFirst()
        var sawFile = false
        for part in parts {
            if part.starts(with: Array("--".utf8)) { break }
            guard !sawFile else {
                throw OSSFailure(.invalidArgument, message: "The file must be the last field of the form.")
            }
            let (headers, content) = try Self.headersAndContent(part)
            guard let disposition = headers["content-disposition"], let name = Self.parameter("name", in: disposition)
            else { throw OSSFailure(.invalidArgument, message: "A form part has no name.") }
            if name.lowercased() == "file" {
                sawFile = true
                file = content
                fileName = Self.parameter("filename", in: disposition) ?? ""
                fileContentType = headers["content-type"]
            } else if fields[name.lowercased()] == nil {
                fields[name.lowercased()] = String(decoding: content, as: UTF8.self)
            }
        }
        guard sawFile else { throw OSSFailure(.invalidArgument, message: "The form has no file field.") }
    }

    /// The boundary parameter of a `multipart/form-data` content type.
    static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", in: contentType).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `name=value` or `name="value"` among a header's `;`-separated parameters.
    static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    /// The pieces of `bytes` between occurrences of `delimiter`.
    static func split(_ bytes: [UInt8], by delimiter: [UInt8]) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var rest = bytes[...]
        while let found = rest.firstRange(of: delimiter) {
            pieces.append(rest[..<found.lowerBound])
            rest = rest[found.upperBound...]
        }
        pieces.append(rest)
        return pieces
    }

    /// A part's headers (names in lower case) and its content, less the line breaks around it.
    private static func headersAndContent(_ part: ArraySlice<UInt8>) throws(OSSFailure)
        -> ([String: String], [UInt8])
    {
        var part = part
        if part.starts(with: [13, 10]) { part = part.dropFirst(2) }
        // The blank line that ends the headers, found without copying the part (the file may be large).
        guard let blank = part.firstRange(of: [13, 10, 13, 10] as [UInt8]) else {
            throw OSSFailure(.invalidArgument, message: "A form part's headers do not end.")
        }
        var headers: [String: String] = [:]
        for line in String(decoding: part[..<blank.lowerBound], as: UTF8.self).split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            if pair.count == 2 {
                headers[pair[0].trimmingCharacters(in: .whitespaces).lowercased()] =
                    pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        var content = Array(part[blank.upperBound...])
        if content.suffix(2) == [13, 10] { content.removeLast(2) }
        return (headers, content)
    }
}
