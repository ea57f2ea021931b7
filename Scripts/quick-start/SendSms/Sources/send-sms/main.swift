import AliyunDysmsapi
import Foundation

// Sends one SMS with the generated Dysmsapi client: the region's endpoint, or ALIYUN_ENDPOINT (the quick start's
// loopback gateway); credentials from the default chain (ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET, a profile, a role).
let environment = ProcessInfo.processInfo.environment
let endpoint = environment["ALIYUN_ENDPOINT"].flatMap(ServiceEndpoint.init)
let sms = DysmsapiClient(configuration: RPCClientConfiguration(region: "cn-hangzhou", endpoint: endpoint))
let answer = try await sms.sendSms(
    SendSmsRequest(
        phoneNumbers: "13800000000", signName: "Swift SDK", templateCode: "SMS_153055065",
        templateParam: #"{"code":"1234"}"#))
print("SendSms: \(answer.code ?? "?") \(answer.bizId ?? "")")
