import SpecIR

/// A rule found in one sentence.
struct ProseFinding: Equatable {
    /// Which field the rule is about.
    enum Target: Equatable {
        /// The field whose description holds the sentence.
        case this
        /// The nearest list around it: 「N的取值范围」 on `Tag.Key` counts the elements of `Tag`.
        case enclosingList
    }

    var rule: ConstraintRule
    var target: Target = .this
}
