/// A backend as it was before the split: one object that is both its state
/// store and its ECS provider. Kept while the implementations move apart.
public protocol Backend: StateStore, ECSProvider {}
