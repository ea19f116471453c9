using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>The list filters (<c>some/all/none/any</c>) on an offer's grades and ISO weeks.</summary>
public static class OfferListFilterSql
{
    public static string Grades(IDictionary<string, object?> operators, SqlParameters parameters, string path) =>
        SomeEqualOrIn("o.grades", operators, parameters, path) ?? List("o.grades", operators, path, (element, elementOperators, elementPath) =>
            FilterOperatorSql.ForComparable<Grade>(element, elementOperators, parameters, elementPath));

    /// <summary>Weeks are stored as their Mondays and compared as ISO week strings ("2026-W25").</summary>
    public static string Weeks(IDictionary<string, object?> operators, SqlParameters parameters, string path) =>
        List("o.weeks", operators, path, (element, elementOperators, elementPath) =>
            FilterOperatorSql.ForString($"to_char({element}, 'IYYY-\"W\"IW')", elementOperators, parameters, elementPath));

    /// <summary>
    /// The common "some grade is X (or one of X, Y)" as array conditions, without a subquery per row. The
    /// database never mixes collège and lycée grades on an offer (CHECK), so a lycée search is exactly
    /// <c>grades = '{seconde}'</c> and a collège search excludes it: both literal, so that the partial
    /// indexes of each grade group answer them (see the OfferGradeGroupIndexes migration).
    /// </summary>
    private static string? SomeEqualOrIn(string column, IDictionary<string, object?> operators, SqlParameters parameters, string path)
    {
        if (operators.Count != 1 || !operators.TryGetValue(FilterOperators.Some, out var some)
            || some is not IDictionary<string, object?> { Count: 1 } condition)
        {
            return null;
        }

        var (name, value) = condition.Single();
        Grade[] grades = name switch
        {
            FilterOperators.Eq when value is Grade grade => [grade],
            FilterOperators.In => FilterOperatorSql.List<Grade>(value, $"{path}.some", name),
            _ => [],
        };
        if (grades.Length == 0)
        {
            return null;
        }

        if (grades.All(g => g == Grade.Seconde))
        {
            return $"{column} = {LyceeGrades}";
        }

        var collegeOnly = grades.Where(g => g != Grade.Seconde).ToArray();
        return grades.Contains(Grade.Seconde)
            ? $"({column} && {parameters.Add(grades)})"
            : $"({column} && {parameters.Add(collegeOnly)} AND {column} <> {LyceeGrades})";
    }

    private const string LyceeGrades = "ARRAY['seconde']::grade[]";

    private static string List(
        string column, IDictionary<string, object?> operators, string path, Func<string, IDictionary<string, object?>, string, string> element) =>
        FilterOperatorSql.All(operators, path, (name, value) =>
        {
            if (name == FilterOperators.Any)
            {
                return FilterOperatorSql.Required<bool>(value, path, name) ? $"cardinality({column}) > 0" : $"cardinality({column}) = 0";
            }

            var elementOperators = value as IDictionary<string, object?>
                ?? throw new InvalidArgumentError(ErrorCodes.InvalidFilter, $"{path}.{name}", $"'{name}' needs a condition on the elements.");
            var condition = element("x", elementOperators, $"{path}.{name}");
            return name switch
            {
                FilterOperators.Some => $"EXISTS (SELECT 1 FROM unnest({column}) AS x WHERE {condition})",
                FilterOperators.All => $"NOT EXISTS (SELECT 1 FROM unnest({column}) AS x WHERE NOT coalesce({condition}, false))",
                FilterOperators.None => $"NOT EXISTS (SELECT 1 FROM unnest({column}) AS x WHERE {condition})",
                _ => throw FilterOperatorSql.Unknown(path, name),
            };
        });
}
