using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL.Types;

namespace Stage.Api.Kit.Mutations;

/// <summary>
/// An input that changes only what it gives: a field left out keeps its value, a field given as null clears it.
/// <see cref="Given"/> tells the two apart, by GraphQL field name.
/// </summary>
public abstract record PartialInput
{
    /// <summary>Left out of JSON (the idempotency hash): a set's order may change from one process to the next.</summary>
    [JsonIgnore]
    public IReadOnlySet<string> Given { get; init; } = FrozenSet<string>.Empty;

    /// <summary>True when the field of this C# property (<c>nameof(Title)</c>, the field <c>title</c>) was given.</summary>
    public bool Has(string property) => Given.Contains(JsonNamingPolicy.CamelCase.ConvertName(property));
}

/// <summary>The graph type of a <see cref="PartialInput"/>: binds the record and records which fields were given.</summary>
public abstract class PartialInputObjectGraphType<TInput> : InputObjectGraphType<TInput>
    where TInput : PartialInput
{
    public override object ParseDictionary(IDictionary<string, object?> value) =>
        (PartialInput)base.ParseDictionary(value) with { Given = value.Keys.ToFrozenSet(StringComparer.Ordinal) };
}
