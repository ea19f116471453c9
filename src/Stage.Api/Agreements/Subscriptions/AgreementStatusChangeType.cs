using GraphQL;
using GraphQL.Types;
using Stage.Api.Applications;
using Stage.Api.Events;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements.Subscriptions;

public sealed class AgreementStatusChangeType : ObjectGraphType<AgreementStatusChange>
{
    public AgreementStatusChangeType(CursorSigner cursors, AgreementNodeSource agreements)
    {
        Name = "AgreementStatusChange";
        Description = "A committed change of an agreement (creation, a step, a signature, a reopening after an edit, the deletion), delivered to a subscriber.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This event's place in the stream: pass it as `after` to resume with the events that follow it.")
            .Resolve(c => EventCursor.Encode(c.Source.Position, cursors));
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement's global id.")
            .Resolve(c => GlobalId.Encode(AgreementType.TypeName, c.Source.AgreementId));
        Field<NonNullGraphType<IdGraphType>>("applicationId").Description("The global id of the application it belongs to.")
            .Resolve(c => GlobalId.Encode(ApplicationType.TypeName, c.Source.ApplicationId));
        Field<AgreementType>("agreement")
            .Description("The agreement as it is now; null once deleted (or if the viewer can no longer see it).")
            .ResolveAsync(async c =>
            {
                var found = await agreements.LoadAsync([c.Source.AgreementId], c.Viewer(), c.CancellationToken);
                return found.GetValueOrDefault(c.Source.AgreementId);
            });
        Field<AgreementStatusType>("from").Description("The status before; null for the creation.").Resolve(c => c.Source.From);
        Field<AgreementStatusType>("to").Description("The status after; null for the deletion.").Resolve(c => c.Source.To);
        Field<StringGraphType>("authorRole")
            .Description("The author's role: PUPIL, STAFF, EMPLOYER_MEMBER, OPERATOR or ADMIN; null for the system or a signing link.")
            .Resolve(c => c.Source.AuthorRole is { } role ? role.ToString().ToConstantCase() : null);
        Field(c => c.Note, nullable: true).Description("What happened, e.g. who signed or which signatures an edit invalidated.");
        Field(c => c.OccurredAt).Description("When it happened.");
    }
}
