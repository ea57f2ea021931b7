import Foundation
import SpecIR
import Testing

@testable import SpecReaders

/// Error codes documented only as Markdown tables in `extraInfo`, as the 2024 metadata of Log Service, Auto
/// Scaling and ROS has them.
@Suite("Error tables in extraInfo")
struct ExtraInfoErrorTableTests {
    @Test("Log Service's table: status, code, message and description by their headers")
    func logService() {
        let text = """
            | HttpStatusCode  | ErrorCode  | ErrorMessage  | 错误码描述  |
            | :------------ | :------------ | :------------ | :------------ |
            | 404  | ProjectNotExist| The Project does not exist : projectName.  | Project不存在。  |
            |  500 |  InternalServerError |  Specified Server Error Message. | 内部服务调用错误。 |

            更多信息，请参见[通用错误码](~~29013~~)。
            """
        #expect(
            ExtraInfoErrorTable.rows(in: text) == [
                .init(
                    status: 404, code: "ProjectNotExist", message: "The Project does not exist : projectName.",
                    description: "Project不存在。"),
                .init(
                    status: 500, code: "InternalServerError", message: "Specified Server Error Message.",
                    description: "内部服务调用错误。"),
            ])
    }

    @Test("columns in another order, a table without a status, rows that are not codes, prose between tables")
    func variants() {
        let text = """
            |ErrorCode错误码|Message错误信息|HTTP状态|语义|
            |---|---|---|---|
            |Throttling.User|Request was denied.|400|流控|
            |无错误码|—|200|通过|
            Some prose.
            | 错误码 | 报错消息 | 可能原因 |
            | --- | --- | --- |
            | InvalidJobId | The job does not exist. | 任务不存在 |

            | Status | Meaning |
            | NotACode | ignored: this table has no error-code column |
            """
        #expect(
            ExtraInfoErrorTable.rows(in: text) == [
                .init(status: 400, code: "Throttling.User", message: "Request was denied.", description: "流控"),
                .init(status: nil, code: "InvalidJobId", message: "The job does not exist.", description: ""),
            ])
    }

    @Test("an operation without errorCodes takes its extraInfo table's rows; one with errorCodes keeps only those")
    func operations() throws {
        let table =
            #"| HttpCode | 错误码 | 错误信息 | 描述 |\n|---|---|---|---|\n| 404 | LogStoreNotExist | logstore does not exist | 不存在 |"#
        let spec = """
            {"info": {"product": "Sls", "version": "2020-12-30", "style": "ROA"},
             "apis": {
               "GetLogStore": {"path": "/logstores/{logstore}", "methods": ["get"], "extraInfo": "\(table)",
                 "parameters": [{"name": "logstore", "in": "path", "schema": {"type": "string", "required": true}}]},
               "ListProject": {"path": "/", "methods": ["get"], "extraInfo": "\(table)",
                 "errorCodes": {"400": [{"errorCode": "InvalidParameter", "errorMessage": "bad"}]}}
             }}
            """
        let result = try SpecReader.read(bytes: Array(spec.utf8), path: "sls.json")
        let operations = Dictionary(uniqueKeysWithValues: result.service.operations.map { ($0.name, $0) })
        let documented = try #require(operations["GetLogStore"]?.errors.first)
        #expect(documented.code == "LogStoreNotExist" && documented.httpStatus == 404)
        #expect(documented.message == "logstore does not exist" && documented.description == "不存在")
        #expect(documented.source.file == "sls.json" && documented.source.line == 3)
        #expect(operations["ListProject"]?.errors.map(\.code) == ["InvalidParameter"])
    }
}
