using System.Globalization;
using GraphQL.Types;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Schema;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>Names of the fields of <c>OfferFilterInput</c>, shared by the input type and its SQL translation.</summary>
public static class OfferFilterFields
{
    public const string Title = "title";
    public const string SectorCode = "sectorCode";
    public const string EmployerKind = "employerKind";
    public const string EmployerName = "employerName";
    public const string Grades = "grades";
    public const string StartDate = "startDate";
    public const string EndDate = "endDate";
    public const string Weeks = "weeks";
    public const string DepartmentCode = "departmentCode";
    public const string RegionCode = "regionCode";
    public const string AcademyCode = "academyCode";
    public const string CountryCode = "countryCode";
    public const string RemainingSeats = "remainingSeats";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    public const string Period = "period";
}

/// <summary>The whitelist of offer fields a client may filter on, with HotChocolate's operators.</summary>
public sealed class OfferFilterInputType : InputObjectGraphType
{
    public OfferFilterInputType()
    {
        Name = "OfferFilterInput";
        Description = "Conditions on offers. All conditions given in one object must hold; `and` and `or` combine objects.";
        Field<ListGraphType<NonNullGraphType<OfferFilterInputType>>>(FilterOperators.And).Description("Every one of these filters holds.");
        Field<ListGraphType<NonNullGraphType<OfferFilterInputType>>>(FilterOperators.Or).Description("At least one of these filters holds.");
        Field<StringOperationFilterInputType>(OfferFilterFields.Title).Description("The offer's title.");
        Field<StringOperationFilterInputType>(OfferFilterFields.SectorCode).Description("The sector's code, s1 to s51.");
        Field<EnumOperationFilterInputType<HostKindType>>(OfferFilterFields.EmployerKind).Description("The kind of host structure.");
        Field<StringOperationFilterInputType>(OfferFilterFields.EmployerName).Description("The host structure's name.");
        Field<ListOperationFilterInputType<EnumOperationFilterInputType<GradeType>>>(OfferFilterFields.Grades)
            .Description("The grades the offer is open to.");
        Field<ComparableOperationFilterInputType<DateType>>(OfferFilterFields.StartDate).Description("The first day (Monday of the first week).");
        Field<ComparableOperationFilterInputType<DateType>>(OfferFilterFields.EndDate).Description("The last day (Friday of the last week).");
        Field<ListOperationFilterInputType<StringOperationFilterInputType>>(OfferFilterFields.Weeks)
            .Description("The offer's ISO weeks, written like \"2026-W25\".");
        Field<StringOperationFilterInputType>(OfferFilterFields.DepartmentCode).Description("The département code (01..95, 2A, 2B, 971..976).");
        Field<StringOperationFilterInputType>(OfferFilterFields.RegionCode).Description("The INSEE region code (e.g. 11, 84, 04).");
        Field<StringOperationFilterInputType>(OfferFilterFields.AcademyCode)
            .Description("The académie code (e.g. 10 for Lyon; see `academies`), from the département; offers abroad have none.");
        Field<StringOperationFilterInputType>(OfferFilterFields.CountryCode).Description("The ISO 3166-1 alpha-2 country code (FR, or abroad).");
        Field<ComparableOperationFilterInputType<IntGraphType>>(OfferFilterFields.RemainingSeats)
            .Description("Seats still free. Full offers are hidden unless a filter on this field is given, e.g. `{gte: 0}`.");
        Field<ComparableOperationFilterInputType<DateTimeType>>(OfferFilterFields.CreatedAt).Description("When the offer was created.");
        Field<ComparableOperationFilterInputType<DateTimeType>>(OfferFilterFields.UpdatedAt).Description("When the offer last changed.");
        Field<PeriodFilterInputType>(OfferFilterFields.Period).Description("The offer's dates against a period, the way pupils search.");
    }
}

public sealed class PeriodFilterInputType : InputObjectGraphType
{
    public const string Overlaps = "overlaps";
    public const string Within = "within";

    public PeriodFilterInputType()
    {
        Name = "PeriodFilterInput";
        Description = "Compares an offer's dates (first Monday to last Friday) with a period.";
        Field<DateRangeInputType>(Overlaps).Description("Offers with at least one day inside the period.");
        Field<DateRangeInputType>(Within).Description("Offers whose weeks all fall inside the period, as the national platform searches.");
    }
}

public sealed class DateRangeInputType : InputObjectGraphType
{
    public DateRangeInputType()
    {
        Name = "DateRangeInput";
        Description = "A period of whole days, both ends included. At most two years long.";
        Field<NonNullGraphType<DateType>>("from").Description("The first day of the period.");
        Field<NonNullGraphType<DateType>>("to").Description("The last day of the period, on or after `from`.");
    }
}

/// <summary>
/// The <c>near</c> argument as the client gave it: a point (<see cref="Latitude"/> and <see cref="Longitude"/>), a
/// <see cref="Place"/> or a <see cref="PostalCode"/>, exactly one (checked by <c>OfferSearchArguments</c>);
/// <see cref="RadiusKm"/> is null for the default.
/// </summary>
public sealed record NearInput(double? Latitude, double? Longitude, string? Place, string? PostalCode, double? RadiusKm);

public sealed class NearInputType : InputObjectGraphType<NearInput>
{
    public const string Place = "place";
    public const string PostalCode = "postalCode";

    public NearInputType()
    {
        Name = "NearInput";
        Description =
            "A centre and a radius: only offers within that distance, each with its `distanceKm`. The centre is exactly one of: " +
            "a point (`latitude` and `longitude`), a `place`, or a `postalCode`; anything else is refused with `INVALID_NEAR`.";
        Field<FloatGraphType>("latitude").Description("The centre's latitude, from -90 to 90, with `longitude`.");
        Field<FloatGraphType>("longitude").Description("The centre's longitude, from -180 to 180, with `latitude`.");
        Field<IdGraphType>(Place)
            .Description("A commune's INSEE code (\"42218\") or any `Place` id (see `places`): the centre is the place's `point`. Unknown: `INVALID_PLACE`.");
        Field<StringGraphType>(PostalCode)
            .Description("A French postal code (\"69003\"): the centre is the point of the arrondissement or most populous commune it serves. Unknown: `INVALID_PLACE`.");
        Field<FloatGraphType>("radiusKm")
            .Description("The radius in kilometres, above 0. Defaults to 60 (the national platform's default); the upper bound is set by the server (200 unless configured).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new NearInput(
        Number(value, "latitude"), Number(value, "longitude"),
        value.TryGetValue(Place, out var place) ? place?.ToString() : null,
        value.TryGetValue(PostalCode, out var postalCode) ? postalCode as string : null,
        Number(value, "radiusKm"));

    private static double? Number(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var number) && number is not null ? Convert.ToDouble(number, CultureInfo.InvariantCulture) : null;
}
