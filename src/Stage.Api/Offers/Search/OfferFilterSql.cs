using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Translates an <c>OfferFilterInput</c> into a SQL condition on <c>offers o</c> (and <c>employers e</c>
/// when an employer field is used), field by whitelisted field.
/// </summary>
public sealed class OfferFilterSql(SqlParameters parameters)
{
    /// <summary>True when a condition reads the employer, so the query must join it.</summary>
    public bool ReadsEmployer { get; private set; }

    /// <summary>True when the client filters on remaining seats, which lifts the default "not full" rule.</summary>
    public bool MentionsRemainingSeats { get; private set; }

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
                OfferFilterFields.Period => OfferPeriodSql.Translate(Operators(value), parameters, fieldPath),
                OfferFilterFields.Grades => OfferListFilterSql.Grades(Operators(value), parameters, fieldPath),
                OfferFilterFields.Weeks => OfferListFilterSql.Weeks(Operators(value), parameters, fieldPath),
                OfferFilterFields.SectorCode => SectorCodes(Operators(value), fieldPath),
                OfferFilterFields.RemainingSeats => RemainingSeats(Operators(value), fieldPath),
                _ => Scalar(field, Operators(value), fieldPath),
            });
        }

        return conditions.Count == 0 ? "TRUE" : "(" + string.Join(" AND ", conditions) + ")";
    }

    private string Scalar(string field, IDictionary<string, object?> operators, string path)
    {
        switch (field)
        {
            case OfferFilterFields.Title:
                return FilterOperatorSql.ForString("o.title", operators, parameters, path);
            case OfferFilterFields.DepartmentCode:
                return FilterOperatorSql.ForString("o.department_code", operators, parameters, path);
            case OfferFilterFields.RegionCode:
                return FilterOperatorSql.ForString("o.region_code", operators, parameters, path);
            case OfferFilterFields.CountryCode:
                return FilterOperatorSql.ForString("o.country_code", operators, parameters, path);
            case OfferFilterFields.StartDate:
                return FilterOperatorSql.ForComparable<DateOnly>("o.first_date", operators, parameters, path);
            case OfferFilterFields.EndDate:
                return FilterOperatorSql.ForComparable<DateOnly>("o.last_date", operators, parameters, path);
            case OfferFilterFields.CreatedAt:
                return FilterOperatorSql.ForComparable<DateTimeOffset>("o.created_at", operators, parameters, path, t => t.ToUniversalTime());
            case OfferFilterFields.UpdatedAt:
                return FilterOperatorSql.ForComparable<DateTimeOffset>("o.updated_at", operators, parameters, path, t => t.ToUniversalTime());
            case OfferFilterFields.EmployerName:
                ReadsEmployer = true;
                return FilterOperatorSql.ForString("e.name", operators, parameters, path);
            case OfferFilterFields.EmployerKind:
                ReadsEmployer = true;
                return FilterOperatorSql.ForComparable<HostKind>("e.kind", operators, parameters, path);
            default:
                throw new InvalidArgumentError(ErrorCodes.InvalidFilter, path, $"Offers cannot be filtered on '{field}'.");
        }
    }

    private string RemainingSeats(IDictionary<string, object?> operators, string path)
    {
        MentionsRemainingSeats = true;
        return FilterOperatorSql.ForComparable<int>("o.remaining_seats", operators, parameters, path);
    }

    /// <summary>Sector codes are matched against the 51 known codes in memory, so the database compares ids.</summary>
    private string SectorCodes(IDictionary<string, object?> operators, string path)
    {
        var ids = Sectors.All.Where(s => StringOperatorMatch.Matches(s.Code, operators, path)).Select(s => s.Id).ToArray();
        // A GiST index (sector_id, location) takes "sector_id = x" as an index condition, never "= ANY(...)".
        return ids.Length == 1 ? $"o.sector_id = {parameters.Add(ids[0])}" : $"o.sector_id = ANY({parameters.Add(ids)})";
    }

    private string Combine(object value, string path, string separator)
    {
        var filters = FilterOperatorSql.List<IDictionary<string, object?>>(value, path[..path.LastIndexOf('.')], path[(path.LastIndexOf('.') + 1)..]);
        return "(" + string.Join(separator, filters.Select((f, i) => Translate(f, $"{path}[{i}]"))) + ")";
    }

    private static IDictionary<string, object?> Operators(object value) => (IDictionary<string, object?>)value;
}
