import AliyunRuntime
import AliyunSLSRuntime
import Testing

@Suite("SLSLogGroupCoding: PutLogs's JSON log group as protobuf")
struct SLSLogGroupCodingTests {
    @Test("a log group is written field for field: Logs, Topic, Source, LogTags; TimeNs as fixed32")
    func bytes() throws {
        let group = JSONValue.object([
            "LogItems": .array([
                .object([
                    "Time": .integer(1),
                    "TimeNs": .integer(5),
                    "Contents": .array([.object(["Key": .string("a"), "Value": .string("")])]),
                ])
            ]),
            "Topic": .string(""),
            "LogTags": .array([.object(["Key": .string("k"), "Value": .string("v")])]),
        ])
        // Log: Time=1 (08 01), Contents {Key "a", Value ""} (12 05 0a 01 61 12 00), Time_ns fixed32 5 (25 05000000);
        // Topic "" (1a 00), LogTags {k, v} (32 06 0a 01 6b 12 01 76). aliyun-log-fastpb writes the same.
        #expect(
            try SLSLogGroupCoding.protobuf(fromJSON: group) == [
                0x0A, 0x0E, 0x08, 0x01, 0x12, 0x05, 0x0A, 0x01, 0x61, 0x12, 0x00, 0x25, 0x05, 0x00, 0x00, 0x00,
                0x1A, 0x00, 0x32, 0x06, 0x0A, 0x01, 0x6B, 0x12, 0x01, 0x76,
            ])
    }

    @Test(
        "a body that is not a log group is refused, naming the member",
        arguments: [
            (JSONValue.string("x"), "not an object"),
            (.object(["LogItems": .array([.object(["Contents": .array([])])])]), "LogItems[0].Time"),
            (.object(["LogItems": .array([.object(["Time": .integer(-1)])])]), "LogItems[0].Time"),
            (
                .object(["LogItems": .array([.object(["Time": .integer(1), "Contents": .array([.string("x")])])])]),
                "LogItems[0].Contents[0]"
            ),
            (.object(["Topic": .integer(1)]), "Topic"),
        ])
    func refused(_ value: JSONValue, _ named: String) {
        #expect {
            try SLSLogGroupCoding.protobuf(fromJSON: value)
        } throws: { error in
            (error as? SLSLogGroupError)?.description.contains(named) == true
        }
    }
}
