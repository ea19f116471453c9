using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>
/// The statements of <c>pupils</c>: a school's pupils in French alphabetical order (last name, first name,
/// then id), paged by keyset. The cursor condition is one row comparison with the same collation as the
/// order; a backward page reverses the order and the comparison.
/// </summary>
public static class PupilListSql
{
    /// <summary>Names sort in French: "Écuyer" between "Dupont" and "Fabre".</summary>
    private const string Collation = "\"fr-x-icu\"";

    public const string Columns = "p.id, p.ine, p.first_name, p.last_name, p.grade, p.class_name, p.birth_date, p.created_at";

    public static (string Sql, SqlParameters Parameters) Page(PupilListRequest request)
    {
        var parameters = new SqlParameters();
        var where = Where(request, parameters);
        var keys = $"(p.last_name COLLATE {Collation}, p.first_name COLLATE {Collation}, p.id)";
        if (request.Cursor is { } cursor)
        {
            where += $" AND {keys} {(request.Backward ? "<" : ">")} "
                + $"({parameters.Add(cursor.LastName)}, {parameters.Add(cursor.FirstName)}, {parameters.Add(cursor.Id)})";
        }

        var direction = request.Backward ? "DESC" : "ASC";
        var sql = $"SELECT {Columns} FROM pupils p WHERE {where} "
            + $"ORDER BY p.last_name COLLATE {Collation} {direction}, p.first_name COLLATE {Collation} {direction}, p.id {direction} "
            + $"LIMIT {parameters.Add(request.Size + 1)}";
        return (sql, parameters);
    }

    public static (string Sql, SqlParameters Parameters) Count(PupilListRequest request)
    {
        var parameters = new SqlParameters();
        return ($"SELECT count(*) FROM pupils p WHERE {Where(request, parameters)}", parameters);
    }

    private static string Where(PupilListRequest request, SqlParameters parameters)
    {
        var school = $"p.school_id = {parameters.Add(request.SchoolId)}";
        return request.Where is null ? school : $"{school} AND {new PupilFilterSql(parameters).Translate(request.Where, "where")}";
    }
}

/// <summary>Translates a <c>PupilFilterInput</c> into a SQL condition on <c>pupils p</c>, field by whitelisted field.</summary>
public sealed class PupilFilterSql(SqlParameters parameters)
{
    public string Translate(IDictionary<string, object?> filter, string path)
    {
        var conditions = new List<string>();
        foreach (var (field, value) in filter)
        {
            var fieldPath = $"{path}.{field}";
            if (value is null)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidFilter, fieldPath, $"'{field}' cannot be null; leave it out instead.");
            }

            conditions.Add(field switch
            {
                FilterOperators.And => Combine(value, fieldPath, " AND "),
                FilterOperators.Or => Combine(value, fieldPath, " OR "),
                PupilFilterFields.Grade => FilterOperatorSql.ForComparable<Grade>("p.grade", Operators(value), parameters, fieldPath),
                PupilFilterFields.ClassName => FilterOperatorSql.ForString("p.class_name", Operators(value), parameters, fieldPath),
                PupilFilterFields.Name => Name(Operators(value), fieldPath),
                PupilFilterFields.AgreementStatus => "EXISTS (SELECT 1 FROM agreements ag WHERE ag.pupil_id = p.id AND "
                    + FilterOperatorSql.ForComparable<Agreements.AgreementStatus>("ag.status", Operators(value), parameters, fieldPath) + ")",
                _ => throw new InvalidArgumentError(ErrorCodes.InvalidFilter, fieldPath, $"Pupils cannot be filtered on '{field}'."),
            });
        }

        return conditions.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", conditions) + ")";
    }

    /// <summary>Each word is in the last or first name, ignoring case and accents (LIKE wildcards in the words are literal).</summary>
    private string Name(IDictionary<string, object?> operators, string path) =>
        FilterOperatorSql.All(operators, path, (name, value) =>
        {
            if (name != PupilFilterFields.Contains)
            {
                throw FilterOperatorSql.Unknown(path, name);
            }

            var text = value as string ?? "";
            if (text.Length > PupilFilterFields.MaxNameSearchLength)
            {
                throw new InvalidArgumentError(ErrorCodes.SearchTooLong, $"{path}.{name}",
                    $"The name search is limited to {PupilFilterFields.MaxNameSearchLength} characters.");
            }

            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word =>
                "stage_unaccent(p.last_name || ' ' || p.first_name) ILIKE '%' || stage_unaccent("
                + parameters.Add(EscapeLike(word.Normalize(System.Text.NormalizationForm.FormC))) + ") || '%'").ToList();
            return words.Count == 0 ? "TRUE" : string.Join(" AND ", words);
        });

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private string Combine(object value, string path, string separator)
    {
        var filters = FilterOperatorSql.List<IDictionary<string, object?>>(value, path[..path.LastIndexOf('.')], path[(path.LastIndexOf('.') + 1)..]);
        return "(" + string.Join(separator, filters.Select((f, i) => Translate(f, $"{path}[{i}]"))) + ")";
    }

    private static IDictionary<string, object?> Operators(object value) => (IDictionary<string, object?>)value;
}
