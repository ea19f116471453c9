using GraphQL;
using GraphQL.Types;
using Stage.Api.Events;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Agreements;

public sealed class AgreementEventType : ObjectGraphType<AgreementEvent>
{
    public AgreementEventType(CursorSigner cursors)
    {
        Name = "AgreementEvent";
        Description = "One change of an agreement: creation, a step, a signature, a reopening after an edit, the deletion.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This change's place among all events: subscribe to `agreementStatusChanged(after:)` with it to receive what follows, without a gap.")
            .Resolve(c => EventCursor.Encode(c.Source.Position ?? 0, cursors));
        Field<AgreementStatusType>("from").Description("The status before; null for the creation.").Resolve(c => c.Source.FromStatus);
        Field<AgreementStatusType>("to").Description("The status after; null for the deletion.").Resolve(c => c.Source.ToStatus);
        Field<StringGraphType>("authorRole")
            .Description("The author's role: PUPIL, STAFF, EMPLOYER_MEMBER, OPERATOR or ADMIN; null for the system or a signing link.")
            .Resolve(c => c.Source.AuthorRole is { } role ? role.ToString().ToConstantCase() : null);
        Field(e => e.Note, nullable: true).Description("What happened, e.g. who signed or which signatures an edit invalidated.");
        Field(e => e.OccurredAt).Description("When it happened.");
    }
}
