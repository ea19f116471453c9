namespace Stage.Api.Offers.Management;

/// <summary>The status changes a publisher makes to an offer.</summary>
public enum OfferStatusAction
{
    Publish,
    Unpublish,
    Remove,
}
