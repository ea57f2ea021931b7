import AliyunECSImages
import AliyunRuntime
import Foundation
import Testing

@Suite("Generated typed errors")
struct ErrorDecodingTests {
    static func body(code: String, message: String = "m") -> String {
        let fields = [
            "RequestId": "6BE56E05-XXXX", "HostId": "ecs.cn-hangzhou.aliyuncs.com", "Code": code, "Message": message,
            "Recommend": "https://api.aliyun.com/troubleshoot?q=\(code)",
        ]
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    func error(status: Int, body: String) async throws -> ModifyImageAttributeError {
        let caller = RecordingCaller(status: status, body: body)
        do {
            _ = try await ECSClient(caller: caller).modifyImageAttribute(ExampleRequest.full)
        } catch let error as ModifyImageAttributeError {
            return error
        }
        throw ExpectationFailure()
    }

    struct ExpectationFailure: Error {}

    @Test("every documented code decodes into its member, under its documented status")
    func documented() async throws {
        for row in ModifyImageAttributeError.documentedRows {
            let status = row.httpStatus ?? 400
            let error = try await error(status: status, body: Self.body(code: row.code.rawValue, message: row.message))
            #expect(error.code == row.code)
            #expect(error.isDocumented)
            #expect(error.serviceError.httpStatus == status)
            #expect(error.serviceError.requestId == "6BE56E05-XXXX")
            #expect(error.serviceError.hostId == "ecs.cn-hangzhou.aliyuncs.com")
            #expect(error.serviceError.recommend?.hasSuffix(row.code.rawValue) == true)
        }
        #expect(ModifyImageAttributeError.documentedRows.count == 19)
    }

    @Test("codes are matched as static members in a switch with a default")
    func switchOverCode() async throws {
        let error = try await error(status: 403, body: Self.body(code: "OperationDeined.ImageUsingByInstance"))
        let handled: String
        switch error.code {
        case .operationDeinedImageUsingByInstance: handled = "in use"
        case .invalidImageNameMalformed: handled = "name"
        default: handled = "other"
        }
        #expect(handled == "in use")
        #expect(error.description.hasPrefix("OperationDeined.ImageUsingByInstance (HTTP 403)"))
    }

    @Test("a code documented under two statuses is documented under both, not others")
    func twoStatuses() async throws {
        for status in [400, 403] {
            #expect(try await error(status: status, body: Self.body(code: "InvalidDescription.Malformed")).isDocumented)
        }
        #expect(try await !error(status: 404, body: Self.body(code: "InvalidDescription.Malformed")).isDocumented)
    }

    @Test("an undocumented code keeps every field, including the access-denied detail")
    func undocumented() async throws {
        let body = """
            {"RequestId": "ABCD-1234", "HostId": "ecs.cn-hangzhou.aliyuncs.com", "Code": "Forbidden.RAM",
             "Message": "User not authorized.", "Recommend": "https://api.aliyun.com/troubleshoot",
             "AccessDeniedDetail": {"AuthAction": "ecs:ModifyImageAttribute", "AuthPrincipalType": "SubUser",
             "NoPermissionType": "ImplicitDeny", "PolicyType": "AccountLevelIdentityBasedPolicy",
             "EncodedDiagnosticMessage": "AQIB"}}
            """
        let error = try await error(status: 403, body: body)
        #expect(error.code.rawValue == "Forbidden.RAM")
        #expect(!error.isDocumented)
        #expect(error.serviceError.message == "User not authorized.")
        #expect(error.serviceError.accessDeniedDetail?.authAction == "ecs:ModifyImageAttribute")
        #expect(error.serviceError.accessDeniedDetail?.noPermissionType == "ImplicitDeny")
    }

    @Test("an error body that is not JSON or XML gives its status and first bytes")
    func unreadable() async throws {
        let caller = RecordingCaller(status: 502, body: "<html>Bad Gateway</html>")
        do {
            _ = try await ECSClient(caller: caller).modifyImageAttribute(ExampleRequest.full)
            Issue.record("expected an error")
        } catch let error as UnreadableErrorBody {
            #expect(error.httpStatus == 502)
            #expect(error.bodyPrefix == "<html>Bad Gateway</html>")
        }
    }
}
