namespace Stage.Api.Kit.Filtering;

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
