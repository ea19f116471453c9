using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Stage.Api.Kit.Mutations;

/// <summary>
/// Every typed error of the API, found once from the graph types that derive from
/// <see cref="BusinessErrorType{TError}"/>: it gives the unions their members and stores outcomes as JSON
/// (each error as its record, tagged with its type name) so that an idempotent retry gets them back.
/// </summary>
public static class BusinessErrorRegistry
{
    private const string TypeProperty = "$error";

    /// <summary>Each error record, with its graph type.</summary>
    public static FrozenDictionary<Type, Type> GraphTypes { get; } = typeof(BusinessErrorRegistry).Assembly.GetTypes()
        .SelectMany(type => type is { IsAbstract: false, BaseType: { IsGenericType: true } baseType }
            && baseType.GetGenericTypeDefinition() == typeof(BusinessErrorType<>)
                ? [KeyValuePair.Create(baseType.GetGenericArguments()[0], type)]
                : Array.Empty<KeyValuePair<Type, Type>>())
        .ToFrozenDictionary();

    /// <summary>Unknown members are refused, so that an outcome stored in another shape fails loudly instead of replaying wrong.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DeclareErrorTypes } },
    };

    public static Type GraphTypeOf(Type error) => GraphTypes.TryGetValue(error, out var graphType) ? graphType
        : throw new InvalidOperationException($"{error.Name} has no graph type deriving from BusinessErrorType<{error.Name}>.");

    /// <summary>An outcome as JSON, its errors included whatever their type.</summary>
    public static string Write<TOutcome>(TOutcome outcome) => JsonSerializer.Serialize(outcome, Json);

    public static TOutcome Read<TOutcome>(string json) =>
        JsonSerializer.Deserialize<TOutcome>(json, Json) ?? throw new InvalidOperationException("Empty stored outcome.");

    private static void DeclareErrorTypes(JsonTypeInfo info)
    {
        if (info.Type != typeof(IBusinessError))
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = TypeProperty,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var error in GraphTypes.Keys.OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(error, error.Name));
        }
    }
}
