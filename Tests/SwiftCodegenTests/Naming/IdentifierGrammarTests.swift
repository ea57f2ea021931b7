import Foundation
import LoopbackServer
import SwiftCodegen
import Testing

@Suite("Identifiers are valid Swift for any name")
struct IdentifierGrammarTests {
    /// Pieces names are made of: ASCII, separators and whitespace, digits of several scripts, combining marks
    /// (those that cannot start an identifier and others), zero-width and bidirectional format characters,
    /// emoji and their joiners, letters of several scripts, private use, replacement and non-characters.
    static let pieces: [String] = [
        "a", "Z", "image", "Name", "IPv6", "UEFI", "x", "_", ".", "-", " ", "\t", "\n", "$", "`", "#", "@", "0", "7",
        "42", "\u{0660}", "\u{FF11}", "\u{00BD}", "\u{2460}", "\u{0345}", "\u{0301}", "\u{1DC0}", "\u{20D0}",
        "\u{FE20}", "\u{093F}", "\u{0E31}", "\u{200D}", "\u{200C}", "\u{200B}", "\u{202E}", "\u{2066}", "\u{00AD}",
        "\u{FEFF}", "\u{2060}", "\u{1F600}", "\u{1F468}\u{200D}\u{1F469}", "\u{FE0F}", "\u{1F3FB}", "\u{E0041}",
        "\u{E0100}", "中文", "名", "ß", "İ", "ǅ", "ŉ", "ﬀ", "Ω", "Ж", "ع", "한", "क", "\u{E000}", "\u{FFFD}",
        "\u{FFF9}", scalar(0xFDD0), scalar(0x1FFFE), "\u{10FFFD}", "\u{3000}", "\u{180E}", "\u{1680}", "\u{FE45}",
        "default",
        "self", "Self", "init", "Type", "true", "Any", "associatedtype", "case",
    ]

    /// A scalar Swift's string literals refuse (a non-character), as a string.
    static func scalar(_ value: UInt32) -> String {
        Unicode.Scalar(value).map { String(Character($0)) } ?? ""
    }

    /// `count` names of 0 to 6 pieces, seeded.
    static func names(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
        }
    }

    /// Every identifier the naming functions make of `name`: property, type, and the second of two
    /// properties or types of that name in one scope.
    static func identifiers(of name: String) -> [String] {
        var allocator = NameAllocator()
        let lower = SwiftIdentifier.lowerCamel(name)
        let upper = SwiftIdentifier.upperCamel(name)
        return [lower, upper, allocator.allocate(lower), allocator.allocate(lower), allocator.allocate(upper)]
    }

    @Test("the grammar: heads, characters, what generated code leaves out")
    func grammar() {
        #expect(IdentifierGrammar.isHead("a") && IdentifierGrammar.isHead("_") && IdentifierGrammar.isHead("名"))
        #expect(!IdentifierGrammar.isHead("1") && IdentifierGrammar.isCharacter("1"))
        #expect(!IdentifierGrammar.isHead("\u{0345}") && IdentifierGrammar.isCharacter("\u{0345}"))
        #expect(!IdentifierGrammar.isCharacter("$") && !IdentifierGrammar.isCharacter("-"))
        #expect(IdentifierGrammar.isCharacter("\u{FFF8}") && !IdentifierGrammar.isCharacter("\u{FFFD}"))
        #expect(IdentifierGrammar.isCharacter("\u{200D}") && !IdentifierGrammar.isWanted("\u{200D}"))
        #expect(IdentifierGrammar.isHead("\u{1F600}"))
        #expect(IdentifierGrammar.isIdentifier("`default`") && !IdentifierGrammar.isIdentifier("default"))
        #expect(!IdentifierGrammar.isIdentifier("self") && !IdentifierGrammar.isIdentifier(""))
    }

    @Test(
        "names that made identifiers swiftc refuses, or that carried invisible characters",
        arguments: [
            ("\u{0345}abc", "_\u{0345}abc", "\u{0399}abc"), ("a\u{200D}b", "ab", "Ab"), ("\u{200D}", "__", "__"),
            ("\u{FEFF}Name", "name", "Name"), ("x\u{202E}y", "xY", "XY"), ("\u{0345}", "_\u{0345}", "\u{0399}"),
        ])
    func repaired(name: String, lower: String, upper: String) {
        #expect(SwiftIdentifier.lowerCamel(name) == lower)
        #expect(SwiftIdentifier.upperCamel(name) == upper)
    }

    @Test("20,000 seeded random names: every identifier made of them follows the grammar")
    func property() {
        for name in Self.names(count: 20_000, seed: 9) {
            for identifier in Self.identifiers(of: name) {
                #expect(
                    IdentifierGrammar.isIdentifier(identifier),
                    "\(name.unicodeScalars.map { String($0.value, radix: 16) }) → \(identifier)")
            }
        }
    }

    @Test("swiftc -parse accepts a file declaring hundreds of them")
    func swiftcAccepts() async throws {
        let swiftc = try #require(Self.swiftc, "no swiftc found beside the toolchain or on PATH")
        var source = ""
        for (index, name) in Self.names(count: 400, seed: 10).enumerated() {
            let identifiers = Self.identifiers(of: name)
            source += "let \(identifiers[0]) = \(index)\nstruct \(identifiers[1]) {}\nlet \(identifiers[3]) = 0\n"
            source += "enum E\(index) { case \(identifiers[0]), \(identifiers[3]) }\n"
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("identifiers-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("Identifiers.swift")
        try Data(source.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swiftc)
        process.arguments = ["-parse", file.path]
        let errors = directory.appendingPathComponent("errors")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        await ProcessRun.exit(of: process)
        let messages = String(decoding: try Data(contentsOf: errors), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(messages.prefix(3_000))")
    }

    /// `swiftc`: `$SWIFTC`, else beside the `swift` on `PATH`, else the toolchain's usual places.
    static var swiftc: String? {
        let environment = ProcessInfo.processInfo.environment
        let path = (environment["PATH"] ?? "").split(separator: ":").map { "\($0)/swiftc" }
        let candidates =
            [environment["SWIFTC"]].compactMap { $0 } + path + ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
