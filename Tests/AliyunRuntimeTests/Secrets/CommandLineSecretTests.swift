import AliyunRuntime
import Testing

@Suite("A secret on the command line")
struct CommandLineSecretTests {
    @Test("the warning names the option, why it is unsafe, and where the secret belongs instead")
    func warning() {
        let line = CommandLineSecret.accessKeySecretWarning
        #expect(line.hasPrefix("warning: --access-key-secret on the command line is visible"))
        #expect(line.contains("(ps)"))
        #expect(line.contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET") && line.contains("profile"))
        #expect(!line.contains("\n"))
        #expect(CommandLineSecret.warning(option: "--token", environmentVariable: "T").contains("--token"))
    }
}
