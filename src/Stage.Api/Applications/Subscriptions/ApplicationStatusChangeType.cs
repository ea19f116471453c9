using GraphQL;
using GraphQL.Types;
using Stage.Api.Events;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Applications.Subscriptions;

public sealed class ApplicationStatusChangeType : ObjectGraphType<ApplicationStatusChange>
{
    public ApplicationStatusChangeType(CursorSigner cursors, ApplicationNodeSource applications)
    {
        Name = "ApplicationStatusChange";
        Description = "A committed change of an application's status, delivered to a subscriber.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This event's place in the stream: pass it as `after` to resume with the events that follow it.")
            .Resolve(c => EventCursor.Encode(c.Source.Position, cursors));
        Field<ApplicationType>("application")
            .Description("The application as it is now (null if the viewer can no longer see it).")
            .ResolveAsync(async c =>
            {
                var found = await applications.LoadAsync([c.Source.ApplicationId], c.Viewer(), c.CancellationToken);
                return found.GetValueOrDefault(c.Source.ApplicationId);
            });
        Field<NonNullGraphType<IdGraphType>>("applicationId").Description("The application's global id.")
            .Resolve(c => GlobalId.Encode(ApplicationType.TypeName, c.Source.ApplicationId));
        Field<ApplicationStatusType>("from").Description("The status before; null for the submission.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ApplicationStatusType>>("to").Description("The status after.").Resolve(c => c.Source.To);
        Field<StringGraphType>("authorRole")
            .Description("The author's role: PUPIL, STAFF, EMPLOYER_MEMBER, OPERATOR or ADMIN; null when the system made the change (expiry).")
            .Resolve(c => c.Source.AuthorRole is { } role ? role.ToString().ToConstantCase() : null);
        Field(c => c.OccurredAt).Description("When the change happened.");
    }
}
