namespace Stage.Api.Events;

/// <summary>How a party-event subscription field is named and described, and its optional subject argument.</summary>
/// <param name="Name">The field's name on <c>Subscription</c>.</param>
/// <param name="Description">The field's description.</param>
/// <param name="SubjectArgument">The argument naming one subject to follow (e.g. <c>applicationId</c>).</param>
/// <param name="SubjectDescription">That argument's description.</param>
/// <param name="SubjectType">The Relay type name of the subject's global id.</param>
/// <param name="NotFollowable">The FORBIDDEN message when the viewer may not follow that subject.</param>
public sealed record PartySubscriptionField(
    string Name, string Description, string SubjectArgument, string SubjectDescription, string SubjectType, string NotFollowable);
