using Stage.Api.Kit.Filtering;

namespace Stage.Api.Offers.Search;

public sealed record OfferSortKey(OfferSortField Field, SortDirection Direction);
