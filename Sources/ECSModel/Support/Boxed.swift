/// An optional nested structure kept out of line: its parent holds a pointer
/// rather than the structure (a `ContainerDefinition` holds a dozen such
/// members, mostly unset, and 10 000 containers are common). Copy on write:
/// setting a member allocates a new box, reading one is a load.
@propertyWrapper
public struct Boxed<Value: Sendable & Hashable>: Sendable, Hashable {
    final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box?

    public init(wrappedValue: Value?) { box = wrappedValue.map(Box.init) }

    public var wrappedValue: Value? {
        get { box?.value }
        set { box = newValue.map(Box.init) }
    }

    public static func == (a: Self, b: Self) -> Bool {
        if a.box === b.box { return true }
        return a.wrappedValue == b.wrappedValue
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}
