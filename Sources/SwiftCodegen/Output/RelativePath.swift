import Foundation

/// Paths relative to a directory, for the names generated code shows.
public enum RelativePath {
    /// `path` relative to `directory`, with `..` where it lies outside: `spec/a.json`,
    /// `../shared/corpus/a.json`. Both are made absolute against the working directory first.
    public static func from(_ directory: String, to path: String) -> String {
        let base = components(directory)
        let target = components(path)
        var common = 0
        while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    private static func components(_ path: String) -> [String] {
        URL(fileURLWithPath: path).standardizedFileURL.path.split(separator: "/").map(String.init)
    }
}
