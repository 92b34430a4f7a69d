/// A JSON object of strings (a container instance's attributes, as the local
/// state keeps them) read by `JSONScanner`: JSONDecoder took about as long
/// for each of a thousand instances as the rest of reading it. Nil when the
/// scanner declines the text; the caller then gives it to JSONDecoder.
public enum JSONStringMap {
    public static func decode(_ text: String) -> [String: String]? {
        JSONScanner.scan(text) { r in try r.map { try $0.string() } } ?? nil
    }
}
