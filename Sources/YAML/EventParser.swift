import CYAML
#if canImport(Glibc)
import Glibc
#endif

/// Owns a libyaml parser over an in-memory buffer or an open file. The parser is initialised in
/// `init` and deleted in `deinit`; each event is deleted as soon as it has been
/// read, so no path leaks libyaml memory.
final class EventParser {
    /// Heap-allocated so the per-event calls go through a pointer: a stored
    /// `var` of a class pays a dynamic exclusivity check on every access.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private let buffer: UnsafeBufferPointer<UInt8>
    /// Set when parsing a file: libyaml reads it in small chunks, so a large
    /// file is never in memory whole. Closed in `deinit`.
    private let stream: UnsafeMutablePointer<FILE>?
    let file: String
    let fileID: UInt32

    /// libyaml reads the input lazily: `input` must stay valid for the parser's
    /// whole life (the loader parses inside the input's `withUnsafeBufferPointer`).
    init(input: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) {
        self.file = file
        fileID = FileNames.shared.id(for: file)
        buffer = input
        stream = nil
        parser = try Self.makeParser(file: file)
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    /// Parses an open file, which it owns from here on (closed in `deinit`).
    init(stream: UnsafeMutablePointer<FILE>, file: String) throws(YAMLError) {
        self.file = file
        fileID = FileNames.shared.id(for: file)
        buffer = UnsafeBufferPointer(start: nil, count: 0)
        self.stream = stream
        do {
            parser = try Self.makeParser(file: file)
        } catch {
            fclose(stream)
            throw error
        }
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_set_input_file(parser, stream)
    }

    private static func makeParser(file: String) throws(YAMLError) -> UnsafeMutablePointer<yaml_parser_t> {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw YAMLError(.unreadable, at: Mark(file: file, line: 1, column: 1), "libyaml could not allocate a parser")
        }
        return parser
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
        if let stream { fclose(stream) }
    }

    /// The next event, valid until the next call (which frees it) or `deinit`.
    func next() throws(YAMLError) -> UnsafeMutablePointer<yaml_event_t> {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else { throw currentError() }
        holdsEvent = true
        return event
    }

    func mark(_ m: yaml_mark_t) -> Mark {
        Mark(fileID: fileID, line: Int(m.line) + 1, column: Int(m.column) + 1)
    }

    private func currentError() -> YAMLError {
        let parser = self.parser.pointee
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        if parser.error == YAML_READER_ERROR {
            // Reader errors (bad UTF-8, NUL bytes) carry a byte offset, not a line.
            let (line, column) = lineAndColumn(ofOffset: Int(parser.problem_offset))
            let value = parser.problem_value
            var detail = ""
            if value >= 0 {
                let hex = String(UInt8(truncatingIfNeeded: value), radix: 16, uppercase: true)
                detail = " (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(parser.problem_offset))"
            }
            return YAMLError(.syntax, at: Mark(file: file, line: line, column: column), message + detail)
        }
        return YAMLError(.syntax, at: mark(parser.problem_mark), message)
    }

    private func lineAndColumn(ofOffset offset: Int) -> (Int, Int) {
        guard stream != nil else { return Self.lineAndColumn(of: buffer, offset: offset) }
        // A file is not in memory: read back what precedes the bad byte (an error path only).
        guard let reread = fopen(file, "rb") else { return (1, 1) }
        defer { fclose(reread) }
        var prefix = [UInt8](repeating: 0, count: max(offset, 0))
        let read = prefix.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, reread) }
        return prefix.withUnsafeBufferPointer { Self.lineAndColumn(of: UnsafeBufferPointer(rebasing: $0[0..<read]), offset: offset) }
    }

    private static func lineAndColumn(of buffer: UnsafeBufferPointer<UInt8>, offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, buffer.count)
        while i < end {
            if buffer[i] == 0x0A { line += 1; column = 1 } else if buffer[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}

