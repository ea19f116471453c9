using Stage.Api.Kit.Parties;

namespace Stage.Api.Events;

/// <summary>
/// An event about something that belongs to an application's parties (the application itself, its
/// agreement): delivered to whoever may see that application.
/// </summary>
public interface IPartyEvent : IPositioned
{
    /// <summary>What the event is about (an application's id, an agreement's id): what a subscriber may follow alone.</summary>
    long SubjectId { get; }

    PartyIds Owners { get; }
}
