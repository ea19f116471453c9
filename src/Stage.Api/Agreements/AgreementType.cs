using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Applications;
using Stage.Api.Kit.Relay;
using Stage.Api.Offers;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements;

public sealed class AgreementType : ObjectGraphType<Agreement>
{
    public const string TypeName = "Agreement";

    public AgreementType()
    {
        Name = TypeName;
        Description = "The internship agreement (convention de stage) of a confirmed application. Visible to its parties only: the pupil, " +
            "the host's members and operator, the pupil's school staff (and admins).";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The agreement's global id.").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<AgreementStatusType>>("status").Description("Where the agreement stands.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ApplicationType>>("application").Description("The confirmed application it belongs to.").ResolveAsync(async c =>
        {
            await using var db = await c.OpenDbAsync();
            return await db.Applications.AsNoTracking().Include(a => a.Offer).ThenInclude(o => o.Employer).Include(a => a.Pupil).ThenInclude(p => p.School)
                .SingleAsync(a => a.Id == c.Source.ApplicationId, c.CancellationToken);
        });
        Field<NonNullGraphType<GradeType>>("grade").Description("The pupil's grade, which chooses the model agreement.").Resolve(c => c.Source.Grade);
        AgreementTypeFields.AddPrefilled(this);
        AgreementTypeFields.AddParts(this);
        Field<StringGraphType>("pdfUrl")
            .Description("Where its parties download the filled PDF (same bearer token as /graphql), relative to the API; null until VALIDATED_BY_SCHOOL.")
            .Resolve(c => c.Source.Status >= AgreementStatus.ValidatedBySchool ? AgreementPdfRoutes.Filled(c.Source.Id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementSignatureType>>>>("signatures")
            .Description("The signatures collected so far, oldest first.").ResolveAsync(async c =>
            {
                await using var db = await c.OpenDbAsync();
                return await db.AgreementSignatures.AsNoTracking().Where(s => s.AgreementId == c.Source.Id).OrderBy(s => s.SignedAt).ThenBy(s => s.Id)
                    .ToListAsync(c.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementEventType>>>>("history")
            .Description("Every change, oldest first: creation, steps, signatures, reopenings with the signatures they invalidated.")
            .ResolveAsync(async c =>
            {
                await using var db = await c.OpenDbAsync();
                return await db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == c.Source.Id).OrderBy(e => e.Id).ToListAsync(c.CancellationToken);
            });
        Field(a => a.CreatedAt).Description("When the application was confirmed and the agreement created.");
        Field(a => a.StatusChangedAt).Description("When the status last changed.");
    }
}
