import SpecIR

/// Compares the members of one struct (a request, a response, a shared type) in two specs, recursively through
/// nested structs, lists and maps, by wire name.
struct FieldComparison {
    /// The operation or shared type the struct belongs to.
    let owner: String
    let context: FieldContext
    let old: TypeResolver
    let new: TypeResolver
    /// The changes found, in the order found.
    private(set) var changes: [SpecChange] = []

    /// The changes between two member lists.
    static func changes(
        old: [Field], new: [Field], owner: String, context: FieldContext, resolvers: (TypeResolver, TypeResolver)
    ) -> [SpecChange] {
        var comparison = FieldComparison(owner: owner, context: context, old: resolvers.0, new: resolvers.1)
        comparison.compareMembers(old, new, prefix: nil)
        return comparison.changes
    }

    private init(owner: String, context: FieldContext, old: TypeResolver, new: TypeResolver) {
        self.owner = owner
        self.context = context
        self.old = old
        self.new = new
    }

    /// The members of one struct: added, removed, and those of both compared.
    private mutating func compareMembers(_ oldMembers: [Field], _ newMembers: [Field], prefix: String?) {
        let oldMembers = Self.firstOfEachName(oldMembers)
        let newMembers = Self.firstOfEachName(newMembers)
        let oldNames = Set(oldMembers.map(\.name))
        let newByName = Dictionary(newMembers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for member in newMembers where !oldNames.contains(member.name) {
            added(member, path: Self.path(prefix, member.name))
        }
        for member in oldMembers {
            let path = Self.path(prefix, member.name)
            guard let counterpart = newByName[member.name] else {
                record(context.removed, path, "\(context.noun) \(path) removed", isBreaking: true)
                continue
            }
            if context.hasRequiredMembers { compareRequired(member, counterpart, path: path) }
            compareValue(old.resolve(member), new.resolve(counterpart), path: path, subject: "\(context.noun) \(path)")
        }
    }

    private mutating func added(_ member: Field, path: String) {
        guard context.hasRequiredMembers else {
            record(context.added, path, "\(context.noun) \(path) added", isBreaking: false)
            return
        }
        if Self.isRequired(member) {
            record(
                context.added, path, "required \(context.noun) \(path) added: its initializer gains an argument",
                isBreaking: true)
        } else {
            record(context.added, path, "optional \(context.noun) \(path) added", isBreaking: false)
        }
    }

    private mutating func compareRequired(_ oldMember: Field, _ newMember: Field, path: String) {
        switch (Self.isRequired(oldMember), Self.isRequired(newMember)) {
        case (false, true):
            record(
                .parameterMadeRequired, path,
                "\(context.noun) \(path) is now required: no longer optional, and an initializer argument",
                isBreaking: true)
        case (true, false):
            record(.parameterMadeOptional, path, "\(context.noun) \(path) is now optional", isBreaking: false)
        default:
            break
        }
    }

    /// One value's type, and then its members, elements, documented values and rules. `subject` names it in
    /// summaries (`parameter Tag`, `the elements of parameter Tag`).
    private mutating func compareValue(_ old: ResolvedField, _ new: ResolvedField, path: String, subject: String) {
        guard old.shape.spelling == new.shape.spelling else {
            record(
                context.retyped, path,
                "\(subject) changed type from \(old.shape.spelling) to \(new.shape.spelling)", isBreaking: true)
            return
        }
        switch (old.shape, new.shape) {
        case (.structure(let oldMembers), .structure(let newMembers)):
            compareMembers(oldMembers, newMembers, prefix: path)
        case (.list(let oldElement), .list(let newElement)):
            compareValue(oldElement, newElement, path: path, subject: "the elements of \(subject)")
        case (.map(let oldValue), .map(let newValue)):
            compareValue(oldValue, newValue, path: path, subject: "the values of \(subject)")
        case (.openEnum(let oldValues), .openEnum(let newValues)):
            compareEnum(oldValues, newValues, path: path, subject: subject)
        default:
            if old.definition.type != new.definition.type, old.shape.isScalar {
                record(
                    context.retyped, path,
                    "\(subject) is now documented as \(new.definition.type.rawValue), not "
                        + "\(old.definition.type.rawValue); its Swift type stays \(new.shape.spelling)",
                    isBreaking: false)
            }
        }
        if context.validatesRules { compareRules(old, new, path: path, subject: subject) }
    }

    private mutating func compareEnum(_ oldValues: [String], _ newValues: [String], path: String, subject: String) {
        let added = newValues.filter { !oldValues.contains($0) }
        let removed = oldValues.filter { !newValues.contains($0) }
        if !added.isEmpty {
            record(
                .enumValueAdded, path,
                "\(subject) documents new values (new enum cases): \(RuleComparison.list(added))",
                isBreaking: false)
        }
        if !removed.isEmpty {
            let refused = context.validatesRules ? ", and the SDK may now refuse them" : ""
            record(
                .enumValueRemoved, path,
                "\(subject) no longer documents \(RuleComparison.list(removed)): their enum cases disappear\(refused)",
                isBreaking: true)
        }
    }

    private mutating func compareRules(_ old: ResolvedField, _ new: ResolvedField, path: String, subject: String) {
        let comparison = RuleComparison(old: RuleSet(old), new: RuleSet(new))
        if !comparison.tightened.isEmpty {
            record(
                .ruleTightened, path,
                "\(subject): \(comparison.tightened.joined(separator: "; ")); the SDK may now refuse values it accepted",
                isBreaking: false)
        }
        if !comparison.loosened.isEmpty {
            record(.ruleLoosened, path, "\(subject): \(comparison.loosened.joined(separator: "; "))", isBreaking: false)
        }
    }

    private mutating func record(_ kind: SpecChange.Kind, _ path: String, _ summary: String, isBreaking: Bool) {
        changes.append(
            SpecChange(operation: owner, kind: kind, subject: path, summary: summary, isBreaking: isBreaking))
    }

    /// Whether the generated request requires the member: required, or needed to build the URL (a path or host
    /// parameter), as the generator decides.
    static func isRequired(_ field: Field) -> Bool {
        field.required || field.place == .path || field.place == .host
    }

    /// The first member of each wire name, in order (the real metadata repeats some); names that differ only in
    /// case are different members.
    static func firstOfEachName(_ members: [Field]) -> [Field] {
        var seen: Set<String> = []
        return members.filter { seen.insert($0.name).inserted }
    }

    /// A member's wire path: `Tag.Key`.
    static func path(_ prefix: String?, _ name: String) -> String {
        guard let prefix, !prefix.isEmpty else { return name }
        return name.isEmpty ? prefix : "\(prefix).\(name)"
    }
}
