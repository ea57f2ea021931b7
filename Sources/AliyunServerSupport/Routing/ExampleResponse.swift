import Foundation

/// Decodes a documented example response, for the generated handlers' defaults.
public enum ExampleResponse {
    /// The example read as the client reads answers (leniently); an example that does not decode is an
    /// `InternalError` answer, never a crash.
    public static func decode<Response: Decodable>(_ type: Response.Type, from json: String) throws -> Response {
        do {
            return try JSONDecoder().decode(Response.self, from: Data(json.utf8))
        } catch {
            throw ServedError(
                status: 500, code: "InternalError", message: "the documented example does not decode: \(error)")
        }
    }
}
