extension SpecChange {
    /// What changed. Reports list kinds in this declaration order within an operation.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// A new operation: a new client method and types. Compatible.
        case operationAdded
        /// An operation gone: its method and types disappear. Breaking.
        case operationRemoved
        /// A new request parameter: breaking when required (the initializer gains an argument), else compatible.
        case parameterAdded
        /// A request parameter gone: its property and initializer argument disappear. Breaking.
        case parameterRemoved
        /// A request parameter whose Swift type changed. Breaking; compatible when only the documented wire type
        /// changed and the Swift type stayed (`float` to `double`).
        case parameterRetyped
        /// An optional request parameter now required: non-optional, and an initializer argument. Breaking.
        case parameterMadeRequired
        /// A required request parameter now optional. Compatible.
        case parameterMadeOptional
        /// A validation rule that may now refuse values it accepted (a new rule, a narrower bound, a value no
        /// longer allowed). Compatible at the source level: validation changes behaviour, not compilation.
        case ruleTightened
        /// A validation rule that accepts more (a rule gone, a wider bound, a value allowed). Compatible.
        case ruleLoosened
        /// Documented values added to an open enum: new cases. Compatible (though an exhaustive `switch` over the
        /// enum without a `default` needs the new cases).
        case enumValueAdded
        /// Documented values gone from an open enum: their cases disappear, and validation may refuse them.
        /// Breaking.
        case enumValueRemoved
        /// A newly documented error code: a new constant. Compatible.
        case errorAdded
        /// An error code no longer documented: its constant disappears. Breaking.
        case errorRemoved
        /// A new response field: a new optional property. Compatible.
        case responseFieldAdded
        /// A response field gone: its property disappears. Breaking.
        case responseFieldRemoved
        /// A response field whose Swift type changed, or an answer that became or stopped being a raw body.
        /// Breaking; compatible when only the documented wire type changed.
        case responseFieldRetyped
        /// A new shared type (`components.schemas`) that is a struct of its own. Compatible.
        case sharedTypeAdded
        /// A shared struct gone. Breaking.
        case sharedTypeRemoved
        /// A new member of a shared struct (every member is optional). Compatible.
        case sharedTypeFieldAdded
        /// A member of a shared struct gone. Breaking.
        case sharedTypeFieldRemoved
        /// A member of a shared struct whose Swift type changed. Breaking; compatible when only the documented
        /// wire type changed.
        case sharedTypeFieldRetyped

        /// The kind's position in the declaration order.
        private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        /// Orders kinds by their declaration order.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }
    }
}
