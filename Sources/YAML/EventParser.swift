import CYAML

/// Owns a libyaml parser over an in-memory buffer. The parser is initialised in
/// `init` and deleted in `deinit`; each event is deleted as soon as it has been
/// read, so no path leaks libyaml memory.
final class EventParser {
    /// Heap-allocated so the per-event calls go through a pointer: a stored
    /// `var` of a class pays a dynamic exclusivity check on every access.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false
    private let buffer: UnsafeBufferPointer<UInt8>
    let file: String
    let fileID: UInt32

    /// libyaml reads the input lazily: `input` must stay valid for the parser's
    /// whole life (the loader parses inside the input's `withUnsafeBufferPointer`).
    init(input: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) {
        self.file = file
        fileID = FileNames.shared.id(for: file)
        buffer = input
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            event.deallocate()
            throw YAMLError(.unreadable, at: Mark(file: file, line: 1, column: 1), "libyaml could not allocate a parser")
        }
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
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

