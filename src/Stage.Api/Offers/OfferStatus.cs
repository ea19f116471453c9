using GraphQL.Types;

namespace Stage.Api.Offers;

public enum OfferStatus
{
    Published,
    Unpublished,
    Removed,
    NeedToBeUpdated,
}

public sealed class OfferStatusType : EnumerationGraphType<OfferStatus>
{
    public OfferStatusType()
    {
        Name = "OfferStatus";
        Description = "Where an offer stands in its life.";
        Values["PUBLISHED"]!.Description = "Visible and open to applications while seats are left.";
        Values["UNPUBLISHED"]!.Description = "Hidden by its publisher; not searchable.";
        Values["REMOVED"]!.Description = "Deleted by its publisher (kept for history); not searchable.";
        Values["NEED_TO_BE_UPDATED"]!.Description = "Needs its publisher's attention (for example no seats left); not searchable.";
    }
}
