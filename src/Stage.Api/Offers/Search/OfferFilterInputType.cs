using GraphQL.Types;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Schema;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

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
        Field<StringOperationFilterInputType>(OfferFilterFields.CountryCode).Description("The ISO 3166-1 alpha-2 country code (FR, or abroad).");
        Field<ComparableOperationFilterInputType<IntGraphType>>(OfferFilterFields.RemainingSeats)
            .Description("Seats still free. Full offers are hidden unless a filter on this field is given, e.g. `{gte: 0}`.");
        Field<ComparableOperationFilterInputType<DateTimeType>>(OfferFilterFields.CreatedAt).Description("When the offer was created.");
        Field<ComparableOperationFilterInputType<DateTimeType>>(OfferFilterFields.UpdatedAt).Description("When the offer last changed.");
        Field<PeriodFilterInputType>(OfferFilterFields.Period).Description("The offer's dates against a period, the way pupils search.");
    }
}
