using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Paging;

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

    /// <summary>Names the order of this list in its cursors, so that another list's cursor is refused.</summary>
    public const string Ordering = "pupils:lastName,firstName,id";

    public static readonly IReadOnlyList<Type> SortValueTypes = [typeof(string), typeof(string)];

    public static KeysetPosition Position(Pupil pupil) => new([pupil.LastName, pupil.FirstName], pupil.Id);

    public const string Columns = "p.id, p.ine, p.first_name, p.last_name, p.grade, p.class_name, p.birth_date, p.created_at";

    public static (string Sql, SqlParameters Parameters) Page(PupilListRequest request)
    {
        var parameters = new SqlParameters();
        var where = Where(request, parameters);
        var keys = $"(p.last_name COLLATE {Collation}, p.first_name COLLATE {Collation}, p.id)";
        if (request.Cursor is { } cursor)
        {
            where += $" AND {keys} {(request.Backward ? "<" : ">")} "
                + $"({parameters.Add((string)cursor.Values[0])}, {parameters.Add((string)cursor.Values[1])}, {parameters.Add(cursor.Id)})";
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
        return request.Where is null ? school : $"{school} AND {FilterArgument.Sql(request.Where, parameters)}";
    }
}

/// <summary>What <c>PupilFilterInput</c>'s fields are in SQL, on <c>pupils p</c>.</summary>
public static class PupilFilter
{
    public static readonly FilterFields Fields = new("Pupils")
    {
        [PupilFilterFields.Grade] = new ColumnField<Grade>("p.grade"),
        [PupilFilterFields.ClassName] = new ColumnField<string>("p.class_name"),
        [PupilFilterFields.AgreementStatus] = new RelatedField("agreements ag WHERE ag.pupil_id = p.id", new ColumnField<Agreements.AgreementStatus>("ag.status")),
        [PupilFilterFields.Name] = new NameField(),
    };

    /// <summary>Each word is in the last or first name, ignoring case and accents (LIKE wildcards in the words are literal).</summary>
    private sealed class NameField : FilterField
    {
        public override FilterOperation Read(string name, object? value, string path)
        {
            if (name != PupilFilterFields.Contains)
            {
                throw Unknown(path, name);
            }

            var text = value as string ?? "";
            return text.Length <= PupilFilterFields.MaxNameSearchLength
                ? new FilterOperation(name, text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), $"{path}.{name}")
                : throw new InvalidArgumentError(ErrorCodes.SearchTooLong, $"{path}.{name}",
                    $"The name search is limited to {PupilFilterFields.MaxNameSearchLength} characters.");
        }

        protected override string Sql(FilterOperation operation, SqlParameters parameters)
        {
            var words = ((string[])operation.Operand!).Select(word =>
                "stage_unaccent(p.last_name || ' ' || p.first_name) ILIKE '%' || stage_unaccent("
                + parameters.Add(EscapeLike(word.Normalize(System.Text.NormalizationForm.FormC))) + ") || '%'").ToList();
            return words.Count == 0 ? "TRUE" : string.Join(" AND ", words);
        }

        private static string EscapeLike(string word) =>
            word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }
}
