namespace Stage.Api.Offers;

public enum OfferStatus
{
    Published,
    Unpublished,
    Removed,
    NeedToBeUpdated,
}
