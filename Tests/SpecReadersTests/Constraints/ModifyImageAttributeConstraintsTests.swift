import SpecIR
import Testing

@testable import SpecReaders

/// ModifyImageAttribute yields exactly the constraints its documentation states, from every input.
@Suite("ModifyImageAttribute constraints from every input")
struct ModifyImageAttributeConstraintsTests {
    static let nameRules: [ConstraintRule] = [
        .length(min: 2, max: 128),
        .firstCharacter([.letter, .chinese]),
        .allowedCharacters(classes: [.letter, .chinese, .digit], characters: ".:_-"),
        .forbiddenPrefixes(["aliyun", "acs:"]),
        .forbiddenSubstrings(["http://", "https://"]),
    ]

    static let expected: [String: (rules: [ConstraintRule], code: String?)] = [
        "RegionId": ([.required], "MissingParameter"),
        "ImageId": ([.required], "MissingParameter"),
        "ImageName": (nameRules, "InvalidImageName.Malformed"),
        "ImageFamily": (nameRules, "InvalidImageFamily.Malformed"),
        "Status": ([.allowedValues(["Deprecated", "Available"])], nil),
        "BootMode": ([.allowedValues(["BIOS", "UEFI", "UEFI-Preferred"])], "InvalidBootMode.NotSupport"),
        "LicenseType": ([.allowedValues(["BYOL"])], "InvalidLicenseType.NotSupported"),
        "Description": (
            [.length(min: 2, max: 256), .forbiddenPrefixes(["http://", "https://"])], "InvalidDescription.Malformed"
        ),
        "Features": ([], nil),
        "Features.NvmeSupport": ([.allowedValues(["supported", "unsupported"])], nil),
        "Features.ImdsSupport": ([.allowedValues(["v1", "v2"])], "InvalidParameter.FeaturesImdsSupport"),
        "DryRun": ([], nil),
    ]

    static func fields(_ path: String) throws -> [(String, Field)] {
        let operation = try #require(try SpecReader.read(path: path).service.operations.first)
        return operation.parameters.flatMap { parameter in
            [(parameter.name, parameter)] + parameter.children.map { ("\(parameter.name).\($0.name)", $0) }
        }
    }

    @Test("exact rules and mapped error codes", arguments: ModifyImageAttributeTests.inputs)
    func rules(path: String) throws {
        let fields = try Self.fields(path)
        #expect(fields.map(\.0).sorted() == Self.expected.keys.sorted())
        for (name, field) in fields {
            let expected = try #require(Self.expected[name])
            #expect(field.constraints.map(\.rule) == expected.rules, "\(name)")
            for constraint in field.constraints {
                #expect(constraint.errorCode.code == expected.code, "\(name) \(constraint.rule.kind)")
                #expect(!constraint.errorCode.reason.isEmpty)
                #expect(constraint.enforced)
            }
        }
    }

    @Test("every constraint quotes its sentence and where it is", arguments: ModifyImageAttributeTests.inputs)
    func provenance(path: String) throws {
        for (name, field) in try Self.fields(path) {
            for constraint in field.constraints {
                let origin: Provenance.Origin = constraint.rule == .required ? .table : .prose
                // Prose is located at its description where the reader knows it (api-docs), else at the field.
                #expect(
                    constraint.provenance.location == (origin == .prose ? field.proseSource : field.source), "\(name)")
                #expect(!constraint.provenance.text.isEmpty)
                #expect(constraint.provenance.origin == origin, "\(name) \(constraint.rule.kind)")
                if origin == .prose {
                    let quoted = InlineText.fold(constraint.provenance.text)
                    #expect(
                        InlineText.fold(field.description.replacingOccurrences(of: "\n", with: " ")).contains(
                            quoted.split(separator: " ").first.map(String.init) ?? "?"))
                }
            }
        }
    }

    @Test("the zh page quotes the sentences the rules came from")
    func zhSentences() throws {
        let fields = Dictionary(uniqueKeysWithValues: try Self.fields(Paths.zhPage))
        let imageName = try #require(fields["ImageName"])
        #expect(imageName.constraints[0].provenance.text == "长度为 2~128 个字符。")
        #expect(imageName.constraints[2].provenance.text == "可以包含数字、半角句号(.)、半角冒号(:)、下划线(_)或者短划线(-)。")
        #expect(
            imageName.constraints[3].provenance.text == "必须以大小字母或中文开头,不能以 aliyun 或 acs:开头,不能包含 http://或者 https://。")
        #expect(
            fields["Features.NvmeSupport"]?.constraints.first?.errorCode.reason
                == "no documented error code names Features.NvmeSupport")
    }

    @Test("server-state rules stay prose: no constraint mentions instances or v1/v2 transitions")
    func serverState() throws {
        for path in ModifyImageAttributeTests.inputs {
            let fields = try Self.fields(path)
            #expect(fields.flatMap(\.1.constraints).allSatisfy { $0.rule != .allowedValues(["v2"]) })
        }
    }
}
