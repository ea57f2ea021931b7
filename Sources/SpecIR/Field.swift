/// A request parameter or a response field, with its nested children.
///
/// Objects keep their members in ``children``; arrays keep their element in ``item``.
public struct Field: Sendable, Equatable, Hashable, Codable {
    /// Wire name as documented; the bare member name for nested fields (`NvmeSupport` under `Features`).
    /// Empty for an unnamed array item.
    public var name: String
    /// Value type.
    public var type: FieldType
    /// How a structured parameter travels on the wire; nil for scalars and response fields.
    public var style: ParameterStyle?
    /// Where the parameter goes when the source says: `query`, `formData` (a form body), `path`,
    /// `header`, `body` (a member of a JSON body object: a property of a ROA operation's `body`
    /// parameter, or a body parameter of its own) or `payload` (the whole body: a `body` parameter
    /// that is a list, a string or a shared type).
    public var placement: ParameterPlacement?
    /// Whether the parameter must be sent.
    public var required: Bool
    /// Normalised documentation text: paragraphs, `- ` list items and `> ` notes, one per line.
    public var description: String
    /// Documented example value.
    public var example: String?
    /// Documented allowed values, in source order; empty when the value is open.
    public var allowedValues: [AllowedValue]
    /// Documented default value; `""` when the documentation says the default is empty.
    public var defaultValue: String?
    /// Whether the documentation marks the field deprecated.
    public var deprecated: Bool
    /// Limits given as structured schema fields (api-docs `maxLength`, `minimum`, …), as written.
    public var limits: SchemaLimits
    /// Every rule the documentation states for the value, from prose, schema keys and the table.
    public var constraints: [Constraint]
    /// Members of an object, in source order.
    public var children: [Field]
    /// The element of an array, or the value of a map: an object whose members are any names
    /// (api-docs `additionalProperties`, OSS's `x-oss-meta-*`).
    public var item: Indirect<Field>?
    /// What the parameter means to a client (the region, an idempotency token, a dry-run switch), when
    /// the readers recognise it; nil for other fields.
    public var role: FieldRole?
    /// The shared type (``ServiceSpec/sharedTypes``) this field's schema refers to (`$ref`), by name;
    /// nil for a schema written in place.
    public var reference: String?
    /// Where the field is documented.
    public var source: SourceLocation
    /// Where its description is written, when the reader knows it (api-docs: the `description` key's
    /// value); prose constraints are located there.
    public var descriptionSource: SourceLocation?

    /// Where the description's rules are stated: ``descriptionSource``, else ``source``.
    public var proseSource: SourceLocation { descriptionSource ?? source }

    /// Creates a field.
    public init(
        name: String,
        type: FieldType,
        style: ParameterStyle? = nil,
        placement: ParameterPlacement? = nil,
        required: Bool = false,
        description: String = "",
        example: String? = nil,
        allowedValues: [AllowedValue] = [],
        defaultValue: String? = nil,
        deprecated: Bool = false,
        limits: SchemaLimits = SchemaLimits(),
        constraints: [Constraint] = [],
        children: [Field] = [],
        item: Field? = nil,
        role: FieldRole? = nil,
        source: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.style = style
        self.placement = placement
        self.required = required
        self.description = description
        self.example = example
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.deprecated = deprecated
        self.limits = limits
        self.constraints = constraints
        self.children = children
        self.item = item.map(Indirect.init)
        self.role = role
        self.source = source
    }
}
