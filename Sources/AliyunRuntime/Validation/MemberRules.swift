/// The documented checks of one member of a generated type, as data: a row of the type's rule table, which
/// ``RequestValidator/check(_:against:prefix:)`` walks. Optional members are checked only when present;
/// `required…` rows always. Paths are the wire paths a server reports (`Tag.2.Key`).
public struct MemberRules<Root>: Sendable {
    @usableFromInline let apply: @Sendable (Root, inout RequestValidator, String) -> Void

    @usableFromInline init(apply: @escaping @Sendable (Root, inout RequestValidator, String) -> Void) {
        self.apply = apply
    }

    /// An optional scalar or open enum and its checks.
    @inlinable public static func scalar<Value: ValidationSubject>(
        _ name: String, _ path: KeyPath<Root, Value?> & Sendable, _ checks: ValidationCheck...
    ) -> Self {
        Self { root, validator, prefix in
            guard let value = root[keyPath: path] else { return }
            let wirePath = prefix + name
            for check in checks { validator.apply(check, to: value, path: wirePath) }
        }
    }

    /// A required scalar or open enum and its checks.
    @inlinable public static func requiredScalar<Value: ValidationSubject>(
        _ name: String, _ path: KeyPath<Root, Value> & Sendable, _ checks: ValidationCheck...
    ) -> Self {
        Self { root, validator, prefix in
            let (value, wirePath) = (root[keyPath: path], prefix + name)
            for check in checks { validator.apply(check, to: value, path: wirePath) }
        }
    }

    /// An optional nested object, which checks its own members under `Name.`.
    @inlinable public static func object<Value: ValidatableValue>(
        _ name: String, _ path: KeyPath<Root, Value?> & Sendable
    ) -> Self {
        Self { root, validator, prefix in
            root[keyPath: path]?.validate(into: &validator, prefix: prefix + name + ".")
        }
    }

    /// A required nested object, which checks its own members under `Name.`.
    @inlinable public static func requiredObject<Value: ValidatableValue>(
        _ name: String, _ path: KeyPath<Root, Value> & Sendable
    ) -> Self {
        Self { root, validator, prefix in
            root[keyPath: path].validate(into: &validator, prefix: prefix + name + ".")
        }
    }

    /// An optional list as a whole: its count, or that it is not empty.
    @inlinable public static func list<Element>(
        _ name: String, _ path: KeyPath<Root, [Element]?> & Sendable, _ checks: ValidationCheck...
    ) -> Self {
        Self { root, validator, prefix in
            guard let list = root[keyPath: path] else { return }
            let wirePath = prefix + name
            for check in checks { validator.apply(check, toCount: list.count, path: wirePath) }
        }
    }

    /// A required list as a whole: its count, or that it is not empty.
    @inlinable public static func requiredList<Element>(
        _ name: String, _ path: KeyPath<Root, [Element]> & Sendable, _ checks: ValidationCheck...
    ) -> Self {
        Self { root, validator, prefix in
            let (count, wirePath) = (root[keyPath: path].count, prefix + name)
            for check in checks { validator.apply(check, toCount: count, path: wirePath) }
        }
    }

    /// Each element of an optional list of scalars, at `Name.1`, `Name.2`, ….
    @inlinable public static func elements<Element: ValidationSubject>(
        _ name: String, _ path: KeyPath<Root, [Element]?> & Sendable, _ checks: ValidationCheck...
    ) -> Self {
        Self { root, validator, prefix in
            checkElements(root[keyPath: path] ?? [], checks, path: prefix + name, validator: &validator)
        }
    }

    /// Each element of a required list of scalars, at `Name.1`, `Name.2`, ….
    @inlinable public static func requiredElements<Element: ValidationSubject>(
        _ name: String, _ path: KeyPath<Root, [Element]> & Sendable, _ checks: ValidationCheck...
    ) -> Self {
        Self { root, validator, prefix in
            checkElements(root[keyPath: path], checks, path: prefix + name, validator: &validator)
        }
    }

    /// Each object of an optional list, which checks its own members under `Name.1.`, `Name.2.`, ….
    @inlinable public static func objects<Element: ValidatableValue>(
        _ name: String, _ path: KeyPath<Root, [Element]?> & Sendable
    ) -> Self {
        Self { root, validator, prefix in
            validateObjects(root[keyPath: path] ?? [], path: prefix + name, validator: &validator)
        }
    }

    /// Each object of a required list, which checks its own members under `Name.1.`, `Name.2.`, ….
    @inlinable public static func requiredObjects<Element: ValidatableValue>(
        _ name: String, _ path: KeyPath<Root, [Element]> & Sendable
    ) -> Self {
        Self { root, validator, prefix in
            validateObjects(root[keyPath: path], path: prefix + name, validator: &validator)
        }
    }

    @inlinable static func checkElements<Element: ValidationSubject>(
        _ elements: [Element], _ checks: [ValidationCheck], path: String, validator: inout RequestValidator
    ) {
        for (index, element) in elements.enumerated() {
            let elementPath = path + ".\(index + 1)"
            for check in checks { validator.apply(check, to: element, path: elementPath) }
        }
    }

    @inlinable static func validateObjects<Element: ValidatableValue>(
        _ elements: [Element], path: String, validator: inout RequestValidator
    ) {
        for (index, element) in elements.enumerated() {
            element.validate(into: &validator, prefix: path + ".\(index + 1).")
        }
    }
}

extension RequestValidator {
    /// Adds a violation for every rule of `table` that `value` breaks, row by row (the members in
    /// declaration order), each path starting with `prefix`.
    @inlinable public mutating func check<Root>(_ value: Root, against table: [MemberRules<Root>], prefix: String) {
        for row in table { row.apply(value, &self, prefix) }
    }
}
