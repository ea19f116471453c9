using GraphQL;
using GraphQL.Types;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

public sealed class OfferSortInputType : InputObjectGraphType
{
    public OfferSortInputType()
    {
        Name = "OfferSortInput";
        Description = "One sort key: give exactly one field per object; list several objects for several keys. The offer id is always the final tiebreaker.";
        Field<SortEnumType>(nameof(OfferSortField.Title).ToCamelCase()).Description("By title.");
        Field<SortEnumType>(nameof(OfferSortField.StartDate).ToCamelCase()).Description("By first day.");
        Field<SortEnumType>(nameof(OfferSortField.CreatedAt).ToCamelCase()).Description("By creation time.");
        Field<SortEnumType>(nameof(OfferSortField.RemainingSeats).ToCamelCase()).Description("By seats still free.");
        Field<SortEnumType>(nameof(OfferSortField.Distance).ToCamelCase()).Description("By distance from the centre; only with `near`.");
        Field<SortEnumType>(nameof(OfferSortField.Relevance).ToCamelCase()).Description("By full-text relevance; only with `search`.");
    }
}
