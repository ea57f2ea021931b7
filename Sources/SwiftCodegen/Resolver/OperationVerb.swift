/// What an operation's name says it does, from its verb: one of the sources ``RetrySafety`` weighs.
///
/// The verb is the name's first word (`SendSms` → `Send`) when it is a known verb. A name starting with a
/// word that is not one (`BatchGetTables`, `OnsMessageGetByMsgId`, `UnTagLiveResources`) is read on to
/// the first known verb. A verb whose effect is unclear (`Generate`) stops the search: the name says
/// nothing either way.
enum OperationVerb: Sendable, Equatable {
    /// The verb only reads or computes: `Describe`, `List`, `Get`, `Query`, `Check`, `Decrypt`.
    case reads(String)
    /// The verb changes something or has an effect outside the call: `Send`, `Create`, `Delete`, `Run`.
    case acts(String)
    /// No known verb, or one whose effect is unclear (the word, when there is one).
    case unclear(String?)

    /// The verb of `name`, an operation's name as the metadata spells it.
    static func of(_ name: String) -> OperationVerb {
        for word in SwiftIdentifier.words(name) {
            // `Describe95Traffic`: digits stay with the word before them.
            let key = String(word.lowercased().reversed().drop(while: \.isNumber).reversed())
            if OperationVerbs.reading.contains(key) { return .reads(SwiftIdentifier.capitalisedWord(key)) }
            if OperationVerbs.acting.contains(key) { return .acts(SwiftIdentifier.capitalisedWord(key)) }
            if OperationVerbs.unclear.contains(key) { return .unclear(SwiftIdentifier.capitalisedWord(key)) }
        }
        return .unclear(nil)
    }

    /// Whether the name says the operation only reads.
    var reads: Bool {
        if case .reads = self { return true }
        return false
    }
}
