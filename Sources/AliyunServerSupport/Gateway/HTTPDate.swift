import AliyunRuntime
import Foundation

/// The `date` header of the legacy ROA signature: RFC 1123 in GMT, exactly as the runtime writes it
/// (`ROASigner.httpDate`): `Sun, 29 Nov 2026 12:00:00 GMT`.
enum HTTPDate {
    /// The date the text names, or nil when it is not written as the runtime writes dates (another form, a
    /// weekday that does not match the day).
    static func parse(_ text: String) -> Date? {
        guard let date = try? Date(text, strategy: strategy), ROASigner.httpDate(date) == text else { return nil }
        return date
    }

    /// How the date is read (a value made once, not a formatter per request).
    private static let strategy = Date.ParseStrategy(
        format: """
            \(weekday: .abbreviated), \(day: .twoDigits) \(month: .abbreviated) \(year: .defaultDigits) \
            \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits) GMT
            """,
        locale: Locale(identifier: "en_US_POSIX"), timeZone: .gmt)
}
