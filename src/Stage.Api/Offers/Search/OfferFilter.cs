using Stage.Api.Data.Sql;
using Stage.Api.Geography;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>
/// What <c>OfferFilterInput</c>'s fields are in SQL, on <c>offers o</c> (and <c>employers e</c>, joined only when
/// an employer field is used: see <see cref="ReadsEmployer"/>).
/// </summary>
public static class OfferFilter
{
    public static readonly FilterField RemainingSeats = new ColumnField<int>("o.remaining_seats");
    private static readonly FilterField EmployerName = new ColumnField<string>("e.name");
    private static readonly FilterField EmployerKind = new ColumnField<HostKind>("e.kind");

    public static readonly FilterFields Fields = new("Offers")
    {
        [OfferFilterFields.Title] = new ColumnField<string>("o.title"),
        [OfferFilterFields.DepartmentCode] = new ColumnField<string>("o.department_code"),
        [OfferFilterFields.RegionCode] = new ColumnField<string>("o.region_code"),
        [OfferFilterFields.CountryCode] = new ColumnField<string>("o.country_code"),
        [OfferFilterFields.StartDate] = new ColumnField<DateOnly>("o.first_date"),
        [OfferFilterFields.EndDate] = new ColumnField<DateOnly>("o.last_date"),
        [OfferFilterFields.CreatedAt] = new ColumnField<DateTimeOffset>("o.created_at", t => t.ToUniversalTime()),
        [OfferFilterFields.UpdatedAt] = new ColumnField<DateTimeOffset>("o.updated_at", t => t.ToUniversalTime()),
        [OfferFilterFields.RemainingSeats] = RemainingSeats,
        [OfferFilterFields.EmployerName] = EmployerName,
        [OfferFilterFields.EmployerKind] = EmployerKind,
        [OfferFilterFields.SectorCode] = new SectorCodeField(),
        [OfferFilterFields.AcademyCode] = new AcademyCodeField(),
        [OfferFilterFields.Grades] = new GradesField(),
        // Weeks are stored as their Mondays and compared as ISO week strings ("2026-W25").
        [OfferFilterFields.Weeks] = new ArrayField("o.weeks", new ColumnField<string>("to_char(x, 'IYYY-\"W\"IW')")),
        [OfferFilterFields.Period] = new PeriodField(),
    };

    /// <summary>The fields whose columns the search table (<see cref="OfferSearchTable"/>) does not hold.</summary>
    private static readonly FilterField[] OffersOnly =
    [
        Fields[OfferFilterFields.Title], Fields[OfferFilterFields.CountryCode], Fields[OfferFilterFields.CreatedAt],
        Fields[OfferFilterFields.UpdatedAt], Fields[OfferFilterFields.Weeks],
    ];

    /// <summary>True when every condition of <paramref name="filter"/> is on columns the search table holds too.</summary>
    public static bool ReadsSearchColumnsOnly(FilterNode filter) => !OffersOnly.Any(filter.Mentions);

    /// <summary>
    /// Offers open to one of <paramref name="grades"/>. The database never mixes collège and lycée grades on an offer
    /// (CHECK), so a lycée search is exactly <c>grades = '{seconde}'</c> and a collège search excludes it: both literal,
    /// so that the partial indexes of each grade group answer them.
    /// </summary>
    public static string OpenToGrades(Grade[] grades, SqlParameters parameters) => GradesField.OpenTo(grades, parameters);

    /// <summary>True when a condition reads the employer, so the statements must join it.</summary>
    public static bool ReadsEmployer(FilterNode filter) => filter.Mentions(EmployerName) || filter.Mentions(EmployerKind);

    /// <summary>Sector codes are matched against the 51 known codes while reading, so the database compares ids.</summary>
    private sealed class SectorCodeField : FilterField
    {
        private static readonly ValueField<string> Code = new();

        public override FilterOperation Read(string name, object? value, string path)
        {
            var operation = Code.Read(name, value, path);
            var ids = Sectors.All.Where(s => Matches(s.Code, operation)).Select(s => s.Id).ToArray();
            return operation with { Operand = ids };
        }

        public override string Sql(FieldFilter filter, SqlParameters parameters)
        {
            var ids = filter.Operations.Select(operation => (int[])operation.Operand!)
                .Aggregate(Sectors.All.Select(s => s.Id).ToArray(), (matching, next) => [.. matching.Intersect(next)]);
            // A GiST index (sector_id, location) takes "sector_id = x" as an index condition, never "= ANY(...)".
            return ids.Length == 1 ? $"o.sector_id = {parameters.Add(ids[0])}" : $"o.sector_id = ANY({parameters.Add(ids)})";
        }

        public static bool Matches(string code, FilterOperation operation) => operation.Operator switch
        {
            FilterOperators.Eq => string.Equals(code, operation.Operand as string, StringComparison.Ordinal),
            FilterOperators.Neq => !string.Equals(code, operation.Operand as string, StringComparison.Ordinal),
            FilterOperators.In => ((string[])operation.Operand!).Contains(code, StringComparer.Ordinal),
            FilterOperators.Nin => !((string[])operation.Operand!).Contains(code, StringComparer.Ordinal),
            FilterOperators.Contains => code.Contains((string)operation.Operand!, StringComparison.Ordinal),
            FilterOperators.Ncontains => !code.Contains((string)operation.Operand!, StringComparison.Ordinal),
            FilterOperators.StartsWith => code.StartsWith((string)operation.Operand!, StringComparison.Ordinal),
            FilterOperators.EndsWith => code.EndsWith((string)operation.Operand!, StringComparison.Ordinal),
            _ => throw FilterField.Unknown(operation.Path, operation.Operator),
        };
    }

    /// <summary>
    /// Académies are fixed unions of départements: their codes are matched in memory against the 30 académies and the
    /// condition compares the offer's département, so no column is needed and the département's indexes serve.
    /// </summary>
    private sealed class AcademyCodeField : FilterField
    {
        private static readonly ValueField<string> Code = new();

        public override FilterOperation Read(string name, object? value, string path)
        {
            var operation = Code.Read(name, value, path);
            var matching = FrenchAcademies.All.Where(a => SectorCodeField.Matches(a.Code, operation)).Select(a => a.Code);
            return operation with { Operand = FrenchAcademies.DepartmentsOf(matching) };
        }

        protected override string Sql(FilterOperation operation, SqlParameters parameters) =>
            $"o.department_code = ANY({parameters.Add((string[])operation.Operand!)})";
    }

    /// <summary>The common "some grade is X (or one of X, Y)" becomes array conditions (<see cref="OpenToGrades"/>), without a subquery per row.</summary>
    private sealed class GradesField() : ArrayField(Column, new ColumnField<Grade>("x"))
    {
        private const string Column = "o.grades";
        private const string LyceeGrades = "ARRAY['seconde']::grade[]";

        public override string Sql(FieldFilter filter, SqlParameters parameters)
        {
            if (filter.Operations is not [{ Operator: FilterOperators.Some, Operand: FilterOperation[] and [var only] }])
            {
                return base.Sql(filter, parameters);
            }

            Grade[] grades = only switch
            {
                { Operator: FilterOperators.Eq, Operand: Grade grade } => [grade],
                { Operator: FilterOperators.In, Operand: Grade[] list } => list,
                _ => [],
            };
            return grades.Length == 0 ? base.Sql(filter, parameters) : OpenTo(grades, parameters);
        }

        public static string OpenTo(Grade[] grades, SqlParameters parameters)
        {
            if (grades.All(g => g == Grade.Seconde))
            {
                return $"{Column} = {LyceeGrades}";
            }

            var collegeOnly = grades.Where(g => g != Grade.Seconde).ToArray();
            return grades.Contains(Grade.Seconde)
                ? $"({Column} && {parameters.Add(grades)})"
                : $"({Column} && {parameters.Add(collegeOnly)} AND {Column} <> {LyceeGrades})";
        }
    }

    /// <summary>The period filter: offers overlapping a date range, or lying entirely within it.</summary>
    private sealed class PeriodField : FilterField
    {
        /// <summary>Internship periods are counted in weeks; a range longer than this is a client's mistake.</summary>
        public const int MaxRangeDays = 2 * 366;

        private static readonly DateOnly Earliest = new(2000, 1, 1);
        private static readonly DateOnly Latest = new(2100, 12, 31);

        public override FilterOperation Read(string name, object? value, string path)
        {
            var rangePath = $"{path}.{name}";
            if (name is not (PeriodFilterInputType.Overlaps or PeriodFilterInputType.Within))
            {
                throw Unknown(path, name);
            }

            var range = value as IDictionary<string, object?>
                ?? throw new InvalidArgumentError(ErrorCodes.InvalidFilter, rangePath, "The period needs `from` and `to`.");
            if (!range.TryGetValue("from", out var start) || start is not DateOnly from || !range.TryGetValue("to", out var end) || end is not DateOnly to)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidFilter, rangePath, "The period needs `from` and `to`.");
            }

            if (to < from)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidDateRange, rangePath, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
            }

            if (from < Earliest || to > Latest || to.DayNumber - from.DayNumber > MaxRangeDays)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidDateRange, rangePath,
                    $"The period must lie between {Earliest:yyyy} and {Latest:yyyy} and last at most {MaxRangeDays} days.");
            }

            return new FilterOperation(name, (from, to), rangePath);
        }

        protected override string Sql(FilterOperation operation, SqlParameters parameters)
        {
            var (from, to) = ((DateOnly, DateOnly))operation.Operand!;
            return operation.Operator == PeriodFilterInputType.Overlaps
                ? $"(o.first_date <= {parameters.Add(to)} AND o.last_date >= {parameters.Add(from)})"
                : $"(o.first_date >= {parameters.Add(from)} AND o.last_date <= {parameters.Add(to)})";
        }
    }
}
