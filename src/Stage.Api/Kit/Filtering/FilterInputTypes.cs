using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Kit.Filtering;

/// <summary>The operator names of HotChocolate's filtering conventions.</summary>
public static class FilterOperators
{
    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string In = "in";
    public const string Nin = "nin";
    public const string Contains = "contains";
    public const string Ncontains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string EndsWith = "endsWith";
    public const string Gt = "gt";
    public const string Gte = "gte";
    public const string Lt = "lt";
    public const string Lte = "lte";
    public const string Some = "some";
    public const string All = "all";
    public const string None = "none";
    public const string Any = "any";
    public const string And = "and";
    public const string Or = "or";
}

public enum SortDirection
{
    Ascending,
    Descending,
}

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "A sort direction.";
        Add("ASC", SortDirection.Ascending, "Smallest first (A to Z, oldest first, nearest first).");
        Add("DESC", SortDirection.Descending, "Largest first (Z to A, newest first, most relevant first).");
    }
}

/// <summary>HotChocolate's operators on a string field.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field; all given conditions must hold. Comparisons are case-sensitive.";
        Field<StringGraphType>(FilterOperators.Eq).Description("Equal to.");
        Field<StringGraphType>(FilterOperators.Neq).Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>(FilterOperators.Nin).Description("None of these values (at least one).");
        Field<StringGraphType>(FilterOperators.Contains).Description("Contains this text.");
        Field<StringGraphType>(FilterOperators.Ncontains).Description("Does not contain this text.");
        Field<StringGraphType>(FilterOperators.StartsWith).Description("Starts with this text.");
        Field<StringGraphType>(FilterOperators.EndsWith).Description("Ends with this text.");
    }
}

/// <summary>HotChocolate's operators on a number or date field, for the scalar <typeparamref name="TScalar"/>.</summary>
public sealed class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType, new()
{
    public ComparableOperationFilterInputType()
    {
        Name = new TScalar().Name + "OperationFilterInput";
        Description = $"Conditions on a {new TScalar().Name} field; all given conditions must hold.";
        Field<TScalar>(FilterOperators.Eq).Description("Equal to.");
        Field<TScalar>(FilterOperators.Neq).Description("Not equal to.");
        Field<TScalar>(FilterOperators.Gt).Description("Greater than.");
        Field<TScalar>(FilterOperators.Gte).Description("Greater than or equal to.");
        Field<TScalar>(FilterOperators.Lt).Description("Less than.");
        Field<TScalar>(FilterOperators.Lte).Description("Less than or equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>(FilterOperators.Nin).Description("None of these values (at least one).");
    }
}

/// <summary>HotChocolate's operators on an enum field, for the enum graph type <typeparamref name="TEnum"/>.</summary>
public sealed class EnumOperationFilterInputType<TEnum> : InputObjectGraphType
    where TEnum : EnumerationGraphType, new()
{
    public EnumOperationFilterInputType()
    {
        var enumName = new TEnum().Name;
        Name = enumName + "OperationFilterInput";
        Description = $"Conditions on a {enumName} field; all given conditions must hold.";
        Field<TEnum>(FilterOperators.Eq).Description("Equal to.");
        Field<TEnum>(FilterOperators.Neq).Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnum>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<TEnum>>>(FilterOperators.Nin).Description("None of these values (at least one).");
    }
}

/// <summary>HotChocolate's operators on a list field, whose elements are tested by <typeparamref name="TElementFilter"/>.</summary>
public sealed class ListOperationFilterInputType<TElementFilter> : InputObjectGraphType
    where TElementFilter : InputObjectGraphType, new()
{
    public ListOperationFilterInputType()
    {
        var elementFilter = new TElementFilter().Name;
        Name = "List" + elementFilter;
        Description = "Conditions on a list field; all given conditions must hold.";
        Field<TElementFilter>(FilterOperators.Some).Description("At least one element matches.");
        Field<TElementFilter>(FilterOperators.All).Description("Every element matches.");
        Field<TElementFilter>(FilterOperators.None).Description("No element matches.");
        Field<BooleanGraphType>(FilterOperators.Any).Description("true: the list has elements; false: it is empty.");
    }
}

/// <summary>
/// One object of an <c>order: [XxxSortInput!]</c> argument as the client wrote it: the fields it names, each
/// with its direction (null when the client wrote <c>null</c>). <see cref="OneKey"/> checks that it names one.
/// </summary>
public sealed record SortInput<TField>(IReadOnlyList<KeyValuePair<TField, SortDirection?>> Given) where TField : struct, Enum
{
    /// <summary>The one field and direction this object names; <c>INVALID_ORDER</c> at <paramref name="path"/> otherwise.</summary>
    public (TField Field, SortDirection Direction) OneKey(string path) =>
        Given is [{ Value: { } direction } only]
            ? (only.Key, direction)
            : throw new InvalidArgumentError(ErrorCodes.InvalidOrder, path, "Each sort object names exactly one field with ASC or DESC.");
}

/// <summary>
/// A feature's sort input: one <c>ASC</c>/<c>DESC</c> field per value of <typeparamref name="TField"/>, named after it
/// (camelCase), bound to a typed <see cref="SortInput{TField}"/>. It is <c>@oneOf</c>: validation refuses an object
/// naming no field, two fields or a null before anything runs.
/// </summary>
public abstract class SortInputType<TField> : InputObjectGraphType<SortInput<TField>> where TField : struct, Enum
{
    protected SortInputType(string name, string description, params (TField Field, string Description)[] fields)
    {
        Name = name;
        Description = description;
        IsOneOf = true;
        foreach (var (field, text) in fields)
        {
            Field<SortEnumType>(field.ToString().ToCamelCase()).Description(text);
        }
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SortInput<TField>([.. value.Select(entry =>
            KeyValuePair.Create(Enum.Parse<TField>(entry.Key, ignoreCase: true), entry.Value as SortDirection?))]);
}
