/// A parsed pattern: the part of ICU's regular-expression syntax that api-docs `pattern` values use, as a tree.
indirect enum PatternNode {
    /// Matches the empty text.
    case empty
    /// One scalar.
    case scalar(Unicode.Scalar)
    /// One scalar of a set (`[a-z]`, `\d`, `.`).
    case set(ScalarSet)
    /// `^` or `\A`: the start of the text.
    case start
    /// `$` or `\Z`: the end of the text, or just before a line terminator that ends it.
    case end
    /// `\z`: the very end of the text.
    case strictEnd
    /// Each in turn.
    case sequence([PatternNode])
    /// Any one of them.
    case alternation([PatternNode])
    /// The node `minimum` to `maximum` times (nil: no limit).
    case repetition(PatternNode, minimum: Int, maximum: Int?)
}
