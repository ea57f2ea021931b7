import AliyunRuntime
import Foundation

/// A test transport: records the calls and answers with a fixed reply.
actor RecordingCaller: RPCCaller {
    private(set) var calls: [RPCCall] = []
    let reply: RPCReply

    init(status: Int = 200, body: String = #"{"RequestId":"473469C7-AA6F-4DC5-B3DB-A3DC0DE3****"}"#) {
        reply = RPCReply(status: status, headers: ["content-type": "application/json"], body: Array(body.utf8))
    }

    func call(_ call: RPCCall) async throws -> RPCReply {
        calls.append(call)
        return reply
    }
}
