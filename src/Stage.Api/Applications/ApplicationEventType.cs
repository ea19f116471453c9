using GraphQL;
using GraphQL.Types;
using Stage.Api.Events;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Applications;

public sealed class ApplicationEventType : ObjectGraphType<ApplicationEvent>
{
    public ApplicationEventType(CursorSigner cursors)
    {
        Name = "ApplicationEvent";
        Description = "One change of an application's status: who, when, from what to what.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This change's place among all events: subscribe to `applicationStatusChanged(after:)` with it to receive what follows, without a gap.")
            .Resolve(c => EventCursor.Encode(c.Source.Position ?? 0, cursors));
        Field<ApplicationStatusType>("from").Description("The status before; null for the submission.").Resolve(c => c.Source.FromStatus);
        Field<NonNullGraphType<ApplicationStatusType>>("to").Description("The status after.").Resolve(c => c.Source.ToStatus);
        Field<StringGraphType>("authorRole")
            .Description("The author's role: PUPIL, STAFF, EMPLOYER_MEMBER, OPERATOR or ADMIN; null when the system made the change (expiry).")
            .Resolve(c => c.Source.AuthorRole is { } role ? role.ToString().ToConstantCase() : null);
        Field(e => e.Note, nullable: true).Description("A message that came with the change (an employer's rejection message, a reason).");
        Field(e => e.OccurredAt).Description("When the change happened.");
    }
}
