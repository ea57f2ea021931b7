/// Why a pattern is not run: the linear engine does not take its syntax, or it compiles to a program too large
/// to run in bounded time.
public enum PatternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Syntax outside what the engine runs, named.
    case unsupported(String)
    /// The program would have more than ``LinearPattern/maximumProgramSize`` instructions (large counts nested).
    case tooLarge(Int)

    /// The reason, as a phrase: "uses …" or "compiles to … instructions".
    public var description: String {
        switch self {
        case .unsupported(let what): "uses \(what), which the linear-time matcher does not run"
        case .tooLarge(let size): "compiles to more than \(size) instructions"
        }
    }
}
