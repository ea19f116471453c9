using System.Collections;
using Stage.Api.Data.Sql;
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

/// <summary>
/// Translates HotChocolate-style operator objects (<c>{eq: ..., in: [...]}</c>) on one SQL expression
/// into a parameterised condition. Every operator given must hold.
/// </summary>
public static class FilterOperatorSql
{
    public static string ForString(string expression, IDictionary<string, object?> operators, SqlParameters parameters, string path) =>
        All(operators, path, (name, value) => name switch
        {
            FilterOperators.Eq => value is null ? $"{expression} IS NULL" : $"{expression} = {parameters.Add((string)value)}",
            FilterOperators.Neq => value is null ? $"{expression} IS NOT NULL" : $"{expression} IS DISTINCT FROM {parameters.Add((string)value)}",
            FilterOperators.In => $"coalesce({expression} = ANY({parameters.Add(List<string>(value, path, name))}), false)",
            FilterOperators.Nin => $"NOT coalesce({expression} = ANY({parameters.Add(List<string>(value, path, name))}), false)",
            FilterOperators.Contains => $"coalesce(strpos({expression}, {parameters.Add(Required<string>(value, path, name))}) > 0, false)",
            FilterOperators.Ncontains => $"coalesce(strpos({expression}, {parameters.Add(Required<string>(value, path, name))}) = 0, true)",
            FilterOperators.StartsWith => $"coalesce(starts_with({expression}, {parameters.Add(Required<string>(value, path, name))}), false)",
            FilterOperators.EndsWith => EndsWith(expression, parameters.Add(Required<string>(value, path, name))),
            _ => throw Unknown(path, name),
        });

    public static string ForComparable<T>(string expression, IDictionary<string, object?> operators, SqlParameters parameters, string path, Func<T, T>? normalize = null)
    {
        normalize ??= v => v;
        return All(operators, path, (name, value) => name switch
        {
            FilterOperators.Eq => value is null ? $"{expression} IS NULL" : $"{expression} = {parameters.Add(normalize((T)value))}",
            FilterOperators.Neq => value is null ? $"{expression} IS NOT NULL" : $"{expression} IS DISTINCT FROM {parameters.Add(normalize((T)value))}",
            FilterOperators.Gt => $"{expression} > {parameters.Add(normalize(Required<T>(value, path, name)))}",
            FilterOperators.Gte => $"{expression} >= {parameters.Add(normalize(Required<T>(value, path, name)))}",
            FilterOperators.Lt => $"{expression} < {parameters.Add(normalize(Required<T>(value, path, name)))}",
            FilterOperators.Lte => $"{expression} <= {parameters.Add(normalize(Required<T>(value, path, name)))}",
            FilterOperators.In => $"coalesce({expression} = ANY({parameters.Add(List<T>(value, path, name).Select(normalize).ToArray())}), false)",
            FilterOperators.Nin => $"NOT coalesce({expression} = ANY({parameters.Add(List<T>(value, path, name).Select(normalize).ToArray())}), false)",
            _ => throw Unknown(path, name),
        });
    }

    /// <summary>Combines one condition per operator with AND; an empty operator object matches everything.</summary>
    public static string All(IDictionary<string, object?> operators, string path, Func<string, object?, string> translate)
    {
        var conditions = operators.Select(op => translate(op.Key, op.Value)).ToList();
        return conditions.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", conditions) + ")";
    }

    public static T Required<T>(object? value, string path, string name) =>
        value is T typed ? typed : throw new InvalidArgumentError(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' needs a value.");

    public static T[] List<T>(object? value, string path, string name)
    {
        var items = value is IEnumerable enumerable and not string ? enumerable.Cast<T>().ToArray()
            : throw new InvalidArgumentError(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' needs a list.");
        return items.Length > 0 ? items
            : throw new InvalidArgumentError(ErrorCodes.EmptyList, $"{path}.{name}", $"'{name}' needs at least one value.");
    }

    public static InvalidArgumentError Unknown(string path, string name) =>
        new(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' is not an operator here.");

    private static string EndsWith(string expression, string parameter) =>
        $"coalesce(right({expression}, length({parameter})) = {parameter}, false)";
}

/// <summary>Evaluates string operators in memory, for small fixed sets such as the 51 sector codes.</summary>
public static class StringOperatorMatch
{
    public static bool Matches(string candidate, IDictionary<string, object?> operators, string path) =>
        operators.All(op => op.Key switch
        {
            FilterOperators.Eq => string.Equals(candidate, op.Value as string, StringComparison.Ordinal),
            FilterOperators.Neq => !string.Equals(candidate, op.Value as string, StringComparison.Ordinal),
            FilterOperators.In => FilterOperatorSql.List<string>(op.Value, path, op.Key).Contains(candidate, StringComparer.Ordinal),
            FilterOperators.Nin => !FilterOperatorSql.List<string>(op.Value, path, op.Key).Contains(candidate, StringComparer.Ordinal),
            FilterOperators.Contains => candidate.Contains(FilterOperatorSql.Required<string>(op.Value, path, op.Key), StringComparison.Ordinal),
            FilterOperators.Ncontains => !candidate.Contains(FilterOperatorSql.Required<string>(op.Value, path, op.Key), StringComparison.Ordinal),
            FilterOperators.StartsWith => candidate.StartsWith(FilterOperatorSql.Required<string>(op.Value, path, op.Key), StringComparison.Ordinal),
            FilterOperators.EndsWith => candidate.EndsWith(FilterOperatorSql.Required<string>(op.Value, path, op.Key), StringComparison.Ordinal),
            _ => throw FilterOperatorSql.Unknown(path, op.Key),
        });
}
