using GraphQL;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Agreements.Mutations;

public static class AgreementPayloads
{
    /// <summary>The payload of an outcome: the agreement as it now stands, and the refusal if any.</summary>
    public static async Task<AgreementPayload> LoadAsync(IResolveFieldContext context, AgreementOutcome outcome)
    {
        Agreement? agreement = null;
        if (outcome.AgreementId is { } id)
        {
            await using var db = await context.OpenDbAsync();
            agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, context.CancellationToken);
        }

        return new AgreementPayload(agreement, outcome.Error is null ? null : [outcome.Error], outcome.Link);
    }

    public static async Task<SignAgreementWithTokenPayload> LoadSignatureAsync(IResolveFieldContext context, AgreementOutcome outcome)
    {
        if (outcome.Error is not null)
        {
            return new SignAgreementWithTokenPayload(null, [outcome.Error]);
        }

        await using var db = await context.OpenDbAsync();
        var signature = await db.AgreementSignatures.AsNoTracking()
            .SingleAsync(s => s.AgreementId == outcome.AgreementId && s.Role == Signatory.LegalRepresentative, context.CancellationToken);
        return new SignAgreementWithTokenPayload(signature, null);
    }
}
