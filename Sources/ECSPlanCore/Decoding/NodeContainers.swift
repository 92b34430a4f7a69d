import YAML

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// nil for a null node read as an empty mapping.
    let mapping: Node.Mapping?
    let mark: Mark
    let decoder: NodeDecoder
    /// The decoder's path, computed once for all the fields of this mapping.
    let path: FieldPath

    init(mapping: Node.Mapping?, mark: Mark, decoder: NodeDecoder) {
        self.mapping = mapping
        self.mark = mark
        self.decoder = decoder
        self.path = decoder.path
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { mapping?.pairs.compactMap { $0.keyString.flatMap(Key.init(stringValue:)) } ?? [] }

    private func value(for key: Key) -> Node? {
        decoder.consumed?.insert(key.stringValue)
        return mapping?[key.stringValue]
    }

    func contains(_ key: Key) -> Bool { value(for: key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let node = value(for: key) else { return true }
        if case .scalar(let s) = node { return s.isNull }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decodeValue(type, key) }

    private func decodeValue<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T {
        guard let node = value(for: key) else {
            var message = "missing required key '\(key.stringValue)'"
            // `AlarmNames` for `alarmNames`: the API's keys are case-sensitive.
            if let near = mapping?.pairs.compactMap(\.keyString).first(where: { $0.lowercased() == key.stringValue.lowercased() }) {
                message += " (found '\(near)': keys are case-sensitive)"
            }
            decoder.session.error(mark, path, message)
            throw AlreadyReported()
        }
        return try decoder.child(node, path, .key(key.stringValue)).decode(T.self)
    }

    /// A present but invalid value is reported and treated as absent, so the
    /// rest of the object is still checked.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decodeValueIfPresent(type, key) }

    private func decodeValueIfPresent<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let node = value(for: key) else { return nil }
        if case .scalar(let s) = node, s.isNull { return nil }
        // Console exports write an unset choice as "" (`ipcMode: ""`); ECS reads it as unset.
        if case .scalar(let s) = node, s.string.isEmpty, T.self is any ECSEnum.Type { return nil }
        do {
            return try decoder.child(node, path, .key(key.stringValue)).decode(T.self)
        } catch is AlreadyReported {
            return nil
        }
    }

    // The primitive overloads are separate protocol requirements; route them all
    // through the generic path so errors are reported the same way.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, key) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeValueIfPresent(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decodeValueIfPresent(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decodeValueIfPresent(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeValueIfPresent(type, key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard let node = value(for: key) else { throw decoder.typeError("a mapping at '\(key.stringValue)'") }
        return try decoder.child(node, path, .key(key.stringValue)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        guard let node = value(for: key) else { throw decoder.typeError("a list at '\(key.stringValue)'") }
        return try decoder.child(node, path, .key(key.stringValue)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        decoder.child(value(for: key) ?? .standalone(Scalar("", mark: mark)), path, .key(key.stringValue))
    }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let items: [Node]
    let decoder: NodeDecoder
    let path: FieldPath
    var currentIndex = 0

    init(items: [Node], decoder: NodeDecoder) {
        self.items = items
        self.decoder = decoder
        self.path = decoder.path
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        if case .scalar(let s) = items[currentIndex], s.isNull {
            currentIndex += 1
            return true
        }
        return false
    }

    /// When one element is invalid, the remaining ones are still decoded (and
    /// their problems reported) before the list as a whole is abandoned.
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw decoder.typeError("another list element") }
        let index = currentIndex
        currentIndex += 1
        do {
            return try decoder.child(items[index], path, .index(index)).decode(T.self)
        } catch {
            while currentIndex < items.count {
                _ = try? decoder.child(items[currentIndex], path, .index(currentIndex)).decode(T.self)
                currentIndex += 1
            }
            throw error
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        guard !isAtEnd else { throw decoder.typeError("another list element") }
        defer { currentIndex += 1 }
        return try decoder.child(items[currentIndex], path, .index(currentIndex)).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard !isAtEnd else { throw decoder.typeError("another list element") }
        defer { currentIndex += 1 }
        return try decoder.child(items[currentIndex], path, .index(currentIndex)).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        guard !isAtEnd else { throw decoder.typeError("another list element") }
        defer { currentIndex += 1 }
        return decoder.child(items[currentIndex], path, .index(currentIndex))
    }
}

struct NodeSingleValueContainer: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .scalar(let s) = decoder.node { return s.isNull }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decode(T.self) }
}
