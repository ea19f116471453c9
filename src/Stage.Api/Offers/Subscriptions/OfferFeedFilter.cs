using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using Stage.Api.Kit.Filtering;
using Stage.Api.Offers.Search;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// One subscriber's live filter: the very conditions of <c>offers</c> with the same arguments for the same viewer (built
/// by <see cref="OfferSearchSql.Conditions"/>), minus availability, which the event itself states. They stay SQL, so that
/// the text search, the radius and every operator mean exactly what they mean in a search; the condition is kept as a
/// template whose parameters are renumbered into a statement that tests many subscribers at once. Besides, what the
/// candidate index files the subscriber under (<see cref="Keys"/>): a necessary condition read from the arguments, never
/// a sufficient one.
/// </summary>
public sealed partial class OfferFeedFilter
{
    /// <summary>Grid cells, in degrees, of the index of radius searches.</summary>
    public const double CellDegrees = 0.25;

    private const double MetropolitanFranceKm2 = 551_695;
    private const int Departments = 101;
    private const int Sectors = 51;

    private readonly string[] _segments;
    private readonly int[] _placeholders;
    private readonly NpgsqlParameter[] _parameters;

    public OfferFeedFilter(OfferSearchRequest request)
    {
        Request = request;
        var conditions = OfferSearchSql.Conditions(request, availableOnly: false);
        Condition = conditions.Condition;
        _parameters = [.. conditions.Parameters.All];
        var matches = Placeholder().Matches(Condition);
        _placeholders = [.. matches.Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture))];
        var segments = new List<string>();
        var start = 0;
        foreach (Match match in matches)
        {
            segments.Add(Condition[start..match.Index]);
            start = match.Index + match.Length;
        }

        segments.Add(Condition[start..]);
        _segments = [.. segments];
        Keys = KeysOf(request);
    }

    public OfferSearchRequest Request { get; }

    /// <summary>The condition on <c>offers o</c> (and <c>employers e</c>), with its own parameters $1..$n (<see cref="Parameters"/>).</summary>
    public string Condition { get; }

    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    /// <summary>The index keys: the subscriber is a candidate for an event only when the offer has one of them (empty: never); null: every event.</summary>
    public string[]? Keys { get; }

    public int ParameterCount => _parameters.Length;

    /// <summary>Appends the condition to a statement being built, its parameters numbered after those already in it.</summary>
    public void AppendTo(StringBuilder sql, List<NpgsqlParameter> parameters)
    {
        var offset = parameters.Count;
        for (var i = 0; i < _placeholders.Length; i++)
        {
            sql.Append(_segments[i]).Append('$').Append((offset + _placeholders[i]).ToString(CultureInfo.InvariantCulture));
        }

        sql.Append(_segments[^1]);
        parameters.AddRange(_parameters.Select(p => p.Clone()));
    }

    /// <summary>
    /// False only when the offer is surely outside the radius: the great-circle distance with a margin wider than the
    /// gap between PostGIS's sphere and spheroid, so the exact test stays with the database.
    /// </summary>
    public bool MayReach(double latitude, double longitude)
    {
        if (Request.Near is not { } near)
        {
            return true;
        }

        const double earthKm = 6371.0088;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude - near.Latitude);
        var dLon = Radians(longitude - near.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(near.Latitude)) * Math.Cos(Radians(latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        var distanceKm = 2 * earthKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
        return distanceKm <= near.RadiusKm * 1.01 + 1;
    }

    /// <summary>The keys of an offer, one per kind: its grid cell, its département and its sector.</summary>
    public static string[] KeysOfOffer(double latitude, double longitude, string? departmentCode, int sectorId) =>
        [CellKey(Cell(latitude), Cell(longitude)), "d:" + departmentCode, "s:" + sectorId.ToString(CultureInfo.InvariantCulture)];

    /// <summary>
    /// The most selective of what the arguments guarantee, by the share of France each would let through: the grid cells
    /// the radius's bounding box covers, the départements, the sectors. Only conditions that every match must meet count
    /// (the top level of <c>where</c> and its <c>and</c>s; an <c>or</c> guarantees nothing here).
    /// </summary>
    private static string[]? KeysOf(OfferSearchRequest request)
    {
        var choices = new List<(double Share, string[] Keys)>();
        if (request.Near is { } near && CellsAround(near) is { } cells)
        {
            choices.Add((Math.PI * near.RadiusKm * near.RadiusKm / MetropolitanFranceKm2, cells));
        }

        var conjuncts = request.Where is { } where ? Conjuncts(where).ToList() : [];
        if (Intersect(conjuncts, DepartmentsOf) is { } departments)
        {
            choices.Add(((double)departments.Count / Departments, [.. departments.Select(d => "d:" + d)]));
        }

        if (Intersect(conjuncts, SectorsOf) is { } sectors)
        {
            choices.Add(((double)sectors.Count / Sectors, [.. sectors.Select(s => "s:" + s)]));
        }

        return choices.Count == 0 ? null : choices.MinBy(c => c.Share).Keys;
    }

    private static IEnumerable<FieldFilter> Conjuncts(FilterNode node) => node switch
    {
        FilterGroup { AnyPart: false } group => group.Parts.SelectMany(Conjuncts),
        FieldFilter field => [field],
        _ => [],
    };

    /// <summary>The values every match must have, by each conjunct that restricts them; null when none does.</summary>
    private static HashSet<string>? Intersect(List<FieldFilter> conjuncts, Func<FieldFilter, IEnumerable<string>?> restriction)
    {
        HashSet<string>? values = null;
        foreach (var conjunct in conjuncts)
        {
            if (restriction(conjunct) is { } allowed)
            {
                if (values is null)
                {
                    values = [.. allowed];
                }
                else
                {
                    values.IntersectWith(allowed);
                }
            }
        }

        return values;
    }

    private static IEnumerable<string>? DepartmentsOf(FieldFilter filter)
    {
        if (filter.Field == OfferFilter.Fields[OfferFilterFields.AcademyCode])
        {
            // Every académie operator is read as the départements it lets through.
            return filter.Operations.Select(o => (IEnumerable<string>)(string[])o.Operand!).Aggregate((a, b) => a.Intersect(b));
        }

        if (filter.Field != OfferFilter.Fields[OfferFilterFields.DepartmentCode])
        {
            return null;
        }

        IEnumerable<string>? values = null;
        foreach (var operation in filter.Operations)
        {
            IEnumerable<string>? allowed = operation switch
            {
                { Operator: FilterOperators.Eq, Operand: string one } => [one],
                { Operator: FilterOperators.In, Operand: string[] many } => many,
                _ => null,
            };
            if (allowed is not null)
            {
                values = values is null ? allowed : values.Intersect(allowed);
            }
        }

        return values;
    }

    private static IEnumerable<string>? SectorsOf(FieldFilter filter) =>
        filter.Field == OfferFilter.Fields[OfferFilterFields.SectorCode]
            ? filter.Operations.Select(o => ((int[])o.Operand!).Select(id => id.ToString(CultureInfo.InvariantCulture))).Aggregate((a, b) => a.Intersect(b))
            : null;

    /// <summary>The cells of the radius's bounding box, widened like <see cref="MayReach"/>; null near a pole or the date line.</summary>
    private static string[]? CellsAround(GeoCircle near)
    {
        var reachKm = near.RadiusKm * 1.01 + 1;
        var latitudeSpan = reachKm / 110.0;
        var southmost = near.Latitude - latitudeSpan;
        var northmost = near.Latitude + latitudeSpan;
        var widest = Math.Max(Math.Abs(southmost), Math.Abs(northmost));
        if (widest > 80)
        {
            return null;
        }

        var longitudeSpan = reachKm / (111.0 * Math.Cos(widest * Math.PI / 180));
        var west = near.Longitude - longitudeSpan;
        var east = near.Longitude + longitudeSpan;
        if (west < -180 || east > 180)
        {
            return null;
        }

        var keys = new List<string>();
        for (var row = Cell(southmost); row <= Cell(northmost); row++)
        {
            for (var column = Cell(west); column <= Cell(east); column++)
            {
                keys.Add(CellKey(row, column));
            }
        }

        return [.. keys];
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    private static string CellKey(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"c:{row}:{column}");

    [GeneratedRegex(@"\$(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
