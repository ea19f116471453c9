using Stage.Api.Data.Sql;

namespace Stage.Api.Schools.Pupils;

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
