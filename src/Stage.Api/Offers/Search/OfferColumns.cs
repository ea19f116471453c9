using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;
using NetTopologySuite.Geometries;
using Npgsql;
using Stage.Api.Kit.Schema;
using Stage.Api.Offers.Search.Memory;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>
/// The columns of <c>offers o</c> (and <c>employers e</c>) that a GraphQL selection of <c>Offer</c> needs, and how to
/// read them into an <see cref="Offer"/> whose other properties stay unset: an <c>offer(id)</c> asking for five fields
/// reads five columns, and the employer is joined only when one of its columns is asked for. A field this class does not
/// know (a feature's contribution to <c>Offer</c>) reads every column. Worked out once per document field (documents are
/// cached) and shared by every selection that needs the same columns, so that the same SQL text is prepared once.
/// </summary>
public sealed class OfferColumns
{
    private static readonly Column[] Definitions =
    [
        new("o.id", (o, r, i) => o.Id = r.GetInt64(i)),
        new("o.employer_id", (o, r, i) => o.Employer = new Employer { Id = o.EmployerId = r.GetInt64(i), Name = "" }),
        new("o.title", (o, r, i) => o.Title = r.GetString(i)),
        new("o.description", (o, r, i) => o.Description = r.GetString(i)),
        new("o.sector_id", (o, r, i) => o.SectorId = r.GetInt32(i)),
        new("o.grades", (o, r, i) => o.Grades = r.GetFieldValue<Grade[]>(i)),
        new("o.weeks", (o, r, i) => o.Weeks = r.GetFieldValue<DateOnly[]>(i)),
        new("o.first_date", (o, r, i) => o.FirstDate = r.GetFieldValue<DateOnly>(i)),
        new("o.last_date", (o, r, i) => o.LastDate = r.GetFieldValue<DateOnly>(i)),
        new("o.seats", (o, r, i) => o.Seats = r.GetInt32(i)),
        new("o.seats_taken", (o, r, i) => o.SeatsTaken = r.GetInt32(i)),
        new("o.remaining_seats", (o, r, i) => o.RemainingSeats = r.GetInt32(i)),
        new("o.status", (o, r, i) => o.Status = r.GetFieldValue<OfferStatus>(i)),
        new("o.street", (o, r, i) => o.Street = r.GetString(i)),
        new("o.postal_code", (o, r, i) => o.PostalCode = NullableString(r, i)),
        new("o.city", (o, r, i) => o.City = r.GetString(i)),
        new("o.department_code", (o, r, i) => o.DepartmentCode = NullableString(r, i)),
        new("o.region_code", (o, r, i) => o.RegionCode = NullableString(r, i)),
        new("o.country_code", (o, r, i) => o.CountryCode = r.GetString(i)),
        new("o.commune_code", (o, r, i) => o.CommuneCode = NullableString(r, i)),
        new("o.latitude", (o, r, i) => o.Latitude = r.GetDouble(i)),
        new("o.longitude", (o, r, i) => o.Longitude = r.GetDouble(i)),
        new("o.location_precision", (o, r, i) => o.LocationPrecision = r.GetFieldValue<LocationPrecision>(i)),
        new("o.operator_id", (o, r, i) => o.OperatorId = r.IsDBNull(i) ? null : r.GetInt64(i)),
        new("o.remote_id", (o, r, i) => o.RemoteId = NullableString(r, i)),
        new("o.reserved_school_ids", (o, r, i) => o.ReservedSchoolIds = r.GetFieldValue<long[]>(i)),
        new("o.created_at", (o, r, i) => o.CreatedAt = r.GetFieldValue<DateTimeOffset>(i)),
        new("o.updated_at", (o, r, i) => o.UpdatedAt = r.GetFieldValue<DateTimeOffset>(i)),
        new("e.name", (o, r, i) => o.Employer.Name = r.GetString(i)),
        new("e.kind", (o, r, i) => o.Employer.Kind = r.GetFieldValue<HostKind>(i)),
        new("e.description", (o, r, i) => o.Employer.Description = NullableString(r, i)),
        new("e.website", (o, r, i) => o.Employer.Website = NullableString(r, i)),
        new("e.siret", (o, r, i) => o.Employer.Siret = NullableString(r, i)),
        new("e.created_at", (o, r, i) => o.Employer.CreatedAt = r.GetFieldValue<DateTimeOffset>(i)),
        new("e.updated_at", (o, r, i) => o.Employer.UpdatedAt = r.GetFieldValue<DateTimeOffset>(i)),
    ];

    /// <summary>Not a column: set when <c>distanceKm</c> is asked for, which a search with <c>near</c> then reads.</summary>
    private const int DistanceBit = 63;

    private static readonly Dictionary<string, ulong> OfferFields = new(StringComparer.Ordinal)
    {
        ["id"] = 0,
        ["__typename"] = 0,
        ["viewerApplication"] = 0,
        ["distanceKm"] = 1UL << DistanceBit,
        ["title"] = Mask("o.title"),
        ["description"] = Mask("o.description"),
        ["sector"] = Mask("o.sector_id"),
        ["grades"] = Mask("o.grades"),
        ["weeks"] = Mask("o.weeks"),
        ["firstDate"] = Mask("o.first_date"),
        ["lastDate"] = Mask("o.last_date"),
        ["seats"] = Mask("o.seats"),
        ["remainingSeats"] = Mask("o.remaining_seats"),
        ["status"] = Mask("o.status"),
        ["location"] = Mask("o.latitude", "o.longitude"),
        ["locationPrecision"] = Mask("o.location_precision"),
        ["remoteId"] = Mask("o.remote_id"),
        ["createdAt"] = Mask("o.created_at"),
        ["updatedAt"] = Mask("o.updated_at"),
    };

    private static readonly Dictionary<string, ulong> AddressFields = new(StringComparer.Ordinal)
    {
        ["__typename"] = 0,
        ["street"] = Mask("o.street"),
        ["postalCode"] = Mask("o.postal_code"),
        ["city"] = Mask("o.city"),
        ["departmentCode"] = Mask("o.department_code"),
        ["regionCode"] = Mask("o.region_code"),
        ["countryCode"] = Mask("o.country_code"),
        ["commune"] = Mask("o.commune_code"),
        ["academy"] = Mask("o.department_code"),
    };

    private static readonly Dictionary<string, ulong> EmployerFields = new(StringComparer.Ordinal)
    {
        ["__typename"] = 0,
        ["id"] = 0,
        ["name"] = Mask("e.name"),
        ["kind"] = Mask("e.kind"),
        ["description"] = Mask("e.description"),
        ["website"] = Mask("e.website"),
        ["siret"] = Mask("e.siret"),
    };

    private static readonly ulong EveryColumn = (1UL << Definitions.Length) - 1;
    private static readonly ulong EmployerColumns = Mask([.. Definitions.Select(d => d.Sql).Where(sql => sql.StartsWith("e.", StringComparison.Ordinal))]);
    private static readonly ulong AddressColumns = AddressFields.Values.Aggregate(0UL, (all, mask) => all | mask);

    /// <summary>The columns the search index in memory holds of every offer it finds (<see cref="OfferIndex.Show"/>).</summary>
    private static readonly ulong IndexColumns = Mask(
        "o.id", "o.employer_id", "o.title", "o.city", "o.postal_code", "e.name", "o.sector_id", "o.grades", "o.first_date", "o.last_date",
        "o.remaining_seats", "o.status", "o.department_code", "o.region_code", "o.latitude", "o.longitude") | (1UL << DistanceBit);

    private static readonly ConcurrentDictionary<ulong, OfferColumns> Shared = new();
    private static readonly ConditionalWeakTable<GraphQLField, OfferColumns> ByField = [];

    private readonly Column[] _columns;
    private readonly bool _readsLocation;

    private OfferColumns(ulong mask)
    {
        _columns = [.. Definitions.Where((_, i) => (mask & (1UL << i)) != 0)];
        ReadsDistance = (mask & (1UL << DistanceBit)) != 0;
        HeldInMemory = (mask & ~IndexColumns) == 0;
        ReadsEmployer = _columns.Any(c => c.Sql.StartsWith("e.", StringComparison.Ordinal));
        _readsLocation = _columns.Any(c => c.Sql == "o.latitude");
        Select = string.Join(", ", _columns.Select(c => c.Sql));
    }

    /// <summary>Every column (and the distance): for callers that know nothing of the selection.</summary>
    public static OfferColumns All { get; } = Of(EveryColumn | (1UL << DistanceBit));

    /// <summary>The select list, <c>o.id</c> first.</summary>
    public string Select { get; }

    /// <summary>How many columns <see cref="Select"/> lists: what follows them in a row starts at this ordinal.</summary>
    public int Count => _columns.Length;

    /// <summary>Whether a column of <c>employers e</c> is read, so the statement must join it.</summary>
    public bool ReadsEmployer { get; }

    /// <summary>Whether only the id is read, which a search's page holds without reading the offer's row.</summary>
    public bool ReadsIdOnly => _columns.Length == 1;

    /// <summary>Whether the search index in memory holds every column asked for, so that a page it finds needs no row read.</summary>
    public bool HeldInMemory { get; }

    /// <summary>Whether <c>distanceKm</c> is asked for.</summary>
    public bool ReadsDistance { get; }

    /// <summary>The columns the nodes of an <c>offers</c> connection need (<c>nodes</c> and <c>edges { node }</c>).</summary>
    public static OfferColumns ForConnection(IResolveFieldContext context) =>
        ByField.GetValue(context.FieldAst, field => Of(
            Selections.Under(field.SelectionSet, context.Document, "nodes")
                .Concat(Selections.Under(field.SelectionSet, context.Document, "edges", "node")), context.Document));

    /// <summary>The columns a field returning one <c>Offer</c> needs.</summary>
    public static OfferColumns ForOffer(IResolveFieldContext context) =>
        ByField.GetValue(context.FieldAst, field => Of(field.SelectionSet is { } set ? [set] : [], context.Document));

    /// <summary>The columns the given selections of <c>Offer</c> need.</summary>
    public static OfferColumns Of(IEnumerable<GraphQLSelectionSet> offerSelections, GraphQLDocument document)
    {
        var mask = Mask("o.id");
        foreach (var field in offerSelections.SelectMany(set => Selections.FieldsOf(set, document)))
        {
            var name = field.Name.StringValue;
            mask |= name switch
            {
                "employer" => Mask("o.employer_id") | Nested(field, document, EmployerFields, EmployerColumns),
                "address" => Nested(field, document, AddressFields, AddressColumns),
                _ => OfferFields.TryGetValue(name, out var columns) ? columns : EveryColumn,
            };
        }

        return Of(mask);
    }

    /// <summary>Reads a row whose first <see cref="Count"/> values are these columns.</summary>
    public Offer Read(NpgsqlDataReader row)
    {
        var offer = new Offer { Title = "", Description = "", Street = "", City = "" };
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i].Read(offer, row, i);
        }

        if (_readsLocation)
        {
            offer.Location = new Point(offer.Longitude, offer.Latitude) { SRID = 4326 };
        }

        return offer;
    }

    private static OfferColumns Of(ulong mask) => Shared.GetOrAdd(mask, m => new OfferColumns(m));

    private static ulong Nested(GraphQLField field, GraphQLDocument document, Dictionary<string, ulong> fields, ulong unknown) =>
        Selections.FieldsOf(field.SelectionSet, document)
            .Aggregate(0UL, (mask, f) => mask | (fields.TryGetValue(f.Name.StringValue, out var columns) ? columns : unknown));

    private static ulong Mask(params string[] columns) =>
        columns.Aggregate(0UL, (mask, sql) => mask | (1UL << Array.FindIndex(Definitions, d => d.Sql == sql)));

    private static string? NullableString(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private sealed record Column(string Sql, Action<Offer, NpgsqlDataReader, int> Read);
}
