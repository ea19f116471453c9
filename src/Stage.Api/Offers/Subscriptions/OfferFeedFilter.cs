using System.Globalization;
using Stage.Api.Kit.Filtering;
using Stage.Api.Offers.Search;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// One subscriber's live filter: the very conditions of <c>offers</c> with the same arguments for the same viewer (built
/// by <see cref="OfferSearchSql.Conditions"/>), minus availability, which the event itself states. They stay SQL, so that
/// the text search, the radius and every operator mean exactly what they mean in a search. Two shortcuts, both exact:
/// an offer surely inside the radius is tested without it (<see cref="Unbounded"/>, which many subscribers share), one
/// surely outside is not tested at all; only those near the edge are left to the database's own distance. Besides, what
/// the candidate index files the subscriber under (<see cref="Keys"/>): a necessary condition, never a sufficient one.
/// </summary>
public sealed class OfferFeedFilter
{
    /// <summary>Grid cells, in degrees, of the index of radius searches.</summary>
    public const double CellDegrees = 0.25;

    private const double EarthKm = 6371.0088;
    private const double MetropolitanFranceKm2 = 551_695;
    private const int Departments = 101;
    private const int Sectors = 51;

    public OfferFeedFilter(OfferSearchRequest request)
    {
        Request = request;
        Exact = new OfferCondition(request);
        Unbounded = request.Near is null ? Exact : new OfferCondition(request with { Near = null });
        Keys = KeysOf(request);
    }

    public OfferSearchRequest Request { get; }

    /// <summary>The whole condition, radius included.</summary>
    public OfferCondition Exact { get; }

    /// <summary>The condition without its radius (the same as <see cref="Exact"/> without one).</summary>
    public OfferCondition Unbounded { get; }

    /// <summary>The index keys: the subscriber is a candidate for an event only when the offer has one of them (empty: never); null: every event.</summary>
    public string[]? Keys { get; }

    /// <summary>
    /// What decides whether an offer here matches: <see cref="Unbounded"/> when it is surely within the radius,
    /// <see cref="Exact"/> near the edge, null when it is surely outside. "Surely" is the great-circle distance on the
    /// mean sphere with a margin (1 % + 100 m) wider than any gap between it and PostGIS's sphere or spheroid.
    /// </summary>
    public OfferCondition? ConditionAt(double latitude, double longitude)
    {
        if (Request.Near is not { } near)
        {
            return Exact;
        }

        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude - near.Latitude);
        var dLon = Radians(longitude - near.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(near.Latitude)) * Math.Cos(Radians(latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        var distanceKm = 2 * EarthKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
        return distanceKm > near.RadiusKm * 1.01 + 0.1 ? null
            : distanceKm < near.RadiusKm * 0.99 - 0.1 ? Unbounded
            : Exact;
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

    /// <summary>The cells of the radius's bounding box, widened like <see cref="ConditionAt"/>; null near a pole or the date line.</summary>
    private static string[]? CellsAround(GeoCircle near)
    {
        var reachKm = near.RadiusKm * 1.01 + 0.1;
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
}
