import Foundation
import SwiftCodegen
import SwiftSourceText
import Testing

/// "Trojan Source": bidirectional controls from a spec never reach generated code raw.
@Suite("Bidirectional controls in spec text")
struct BidirectionalControlTests {
    static let override = "\u{202E}"

    @Test("literals escape them, comments spell them out, kept JSON escapes them")
    func spellings() {
        #expect(SwiftLiteral.string("a\u{202E}b\u{2066}") == #""a\u{202e}b\u{2066}""#)
        #expect(DocComment.lines("safe\u{202E}txet") == [#"safe\u{202E}txet"#])
        #expect(BidirectionalControls.jsonEscaped("x\u{200F}") == #"x\u200F"#)
        #expect(BidirectionalControls.spelledOut("plain") == "plain")
    }

    @Test("a spec full of U+202E generates SDK, command and server files with none of them")
    func generatedOutput() throws {
        let fixture = try String(
            contentsOfFile: Repository.path("Tests/SwiftCodegenTests/Fixtures/adversarial.api-docs.json"),
            encoding: .utf8)
        let poisoned = fixture.replacingOccurrences(of: #""description": ""#, with: #""description": "\u202E"#)
            .replacingOccurrences(of: #""example": ""#, with: #""example": "\u2067"#)
        #expect(poisoned != fixture)
        let directory = try Repository.temporaryDirectory()
        let spec = directory.appendingPathComponent("poisoned.api-docs.json")
        try Data(poisoned.utf8).write(to: spec)
        var config = Repository.config(
            spec: spec.path, output: directory.appendingPathComponent("SDK").path, module: "Poisoned")
        config.commandOutput = directory.appendingPathComponent("Command").path
        config.serverOutput = directory.appendingPathComponent("Server").path
        let result = try GenerationRun(config: config).render()
        let files = result.outputs.flatMap(\.files)
        #expect(files.count > 3)
        for file in files {
            let bad = file.contents.unicodeScalars.filter(BidirectionalControls.contains)
            #expect(bad.isEmpty, "\(file.path) carries \(bad.count) bidirectional controls")
        }
        #expect(files.contains { $0.contents.contains(#"\u{202E}"#) }, "the comments say where they were")
    }
}
