import Foundation

/// The namespace of the shapes generated from AWS's ECS service model
/// (Generated/, written by Tools/ecsmodel/generate.py), as soto nests its
/// shapes: `ECS.ContainerDefinition`, `ECS.CreateServiceRequest`.
public enum ECS {}

/// A structure of the model: Codable with the API's member names, so the same
/// value is decoded from configuration, sent to ECS and read back.
public protocol ECSShape: Codable, Sendable, Hashable {
    /// The model's name for the shape, for overlay and shape-table lookups.
    static var shapeName: String { get }
}

extension ECS {
    /// An operation ecsplan calls, typed by its request and response shapes.
    public struct Operation<Input: Encodable & Sendable, Output: Decodable & Sendable>: Sendable {
        public let name: String
        public init(name: String) { self.name = name }
    }
}

/// The coding keys of a generated structure name their shape, so an encoder
/// can tell which shape it is writing (and apply the overlay to it).
public protocol ShapeCodingKey: CodingKey, CaseIterable {
    static var shapeName: String { get }
}

extension KeyedDecodingContainer {
    /// A string member that a service sends as a number (moto sends a task's
    /// container `cpu` as one, where ECS and the model say string). Read as its text.
    public func decodeLenientStringIfPresent(forKey key: Key) throws -> String? {
        do {
            return try decodeIfPresent(String.self, forKey: key)
        } catch DecodingError.typeMismatch(let type, let context) {
            if let i = try? decodeIfPresent(Int.self, forKey: key) { return String(i) }
            if let d = try? decodeIfPresent(Double.self, forKey: key) { return String(d) }
            throw DecodingError.typeMismatch(type, context)
        }
    }
}

extension ECS {
    /// One shape as another with the same member names (a describe output as
    /// the request that creates it): shared members carry over, the rest fall
    /// away. Nil when the target's required members are missing.
    public static func convert<T: Decodable>(_ value: some Encodable, to type: T.Type) -> T? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(T.self, from: data)
    }
}
