using System.Collections.Frozen;
using GraphQL.Types;

namespace Stage.Api.Kit.Mutations;

/// <summary>
/// An input that changes only what it gives: a field left out keeps its value, a field given as null clears it.
/// <see cref="Given"/> tells the two apart, by GraphQL field name.
/// </summary>
public abstract record PartialInput
{
    public IReadOnlySet<string> Given { get; init; } = FrozenSet<string>.Empty;

    public bool Has(string field) => Given.Contains(field);
}

/// <summary>The graph type of a <see cref="PartialInput"/>: binds the record and records which fields were given.</summary>
public abstract class PartialInputObjectGraphType<TInput> : InputObjectGraphType<TInput>
    where TInput : PartialInput
{
    public override object ParseDictionary(IDictionary<string, object?> value) =>
        (PartialInput)base.ParseDictionary(value) with { Given = value.Keys.ToFrozenSet(StringComparer.Ordinal) };
}
