using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Agreements;

/// <summary>
/// The legal representative signs through a link the school sends out of band: the API issues a random
/// single-use token to the school's staff, keeps only its SHA-256, and accepts it once before it expires.
/// Issuing a new token replaces the previous one; reopening the agreement voids it.
/// </summary>
public sealed class AgreementSigningLinks(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string InvalidTokenMessage = "This signing link is not valid (unknown, already used, replaced or expired); ask the school for a new one.";

    public static async Task<AgreementOutcome> IssueAsync(AgreementStep step)
    {
        if (!AgreementAccess.IsSchoolStaff(step.Viewer!, step.Agreement.Owners))
        {
            throw new ForbiddenError("Only the pupil's school staff issue signing links.");
        }

        var refusal = step.UnlessStatusIn("issuing a signing link", AgreementStatus.ValidatedBySchool);
        if (refusal is not null)
        {
            return refusal;
        }

        if (await AgreementSigning.HasSignedAsync(step.Transaction, step.Agreement.Id, Signatory.LegalRepresentative, step.CancellationToken))
        {
            return AgreementOutcome.Refused(new AlreadySignedError("The legal representative has already signed."), step.Agreement.Id);
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var expiresAt = step.Now + Lifetime;
        await step.Transaction.ExecuteAsync(
            "UPDATE agreements SET signing_token_hash = $2, signing_token_expires_at = $3 WHERE id = $1",
            step.CancellationToken, step.Agreement.Id, Hash(token), expiresAt);
        return new AgreementOutcome(step.Agreement.Id, null, new SigningLink(token, expiresAt));
    }

    /// <summary>The legal representative's signature; the payload is read in the transaction, so nothing after the commit can fail it.</summary>
    public async Task<SignAgreementWithTokenPayload> SignAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var hash = Hash(token);
        var agreement = await AgreementWorkflow.LockAsync(transaction, "ag.signing_token_hash = $1", hash, cancellationToken);
        var name = agreement is null ? null : await transaction.ScalarAsync<string>(
            "SELECT legal_representative_name FROM agreements WHERE id = $1 AND signing_token_hash = $2 AND signing_token_expires_at > $3",
            cancellationToken, agreement.Id, hash, now);
        if (agreement is null || name is null || agreement.Status != AgreementStatus.ValidatedBySchool)
        {
            return new SignAgreementWithTokenPayload(null, [new InvalidSigningTokenError(InvalidTokenMessage)]);
        }

        var step = new AgreementStep(transaction, agreement, null, now, cancellationToken);
        var outcome = await AgreementSigning.AddAsync(step, Signatory.LegalRepresentative, name, null);
        if (outcome.Error is { } refusal)
        {
            return new SignAgreementWithTokenPayload(null, [refusal]);
        }

        await transaction.ExecuteAsync(
            "UPDATE agreements SET signing_token_hash = NULL, signing_token_expires_at = NULL WHERE id = $1", cancellationToken, agreement.Id);
        AgreementSignature signature;
        await using (var db = await StageDataSource.ContextOnAsync(connection, transaction, cancellationToken))
        {
            signature = await db.AgreementSignatures.AsNoTracking()
                .SingleAsync(s => s.AgreementId == agreement.Id && s.Role == Signatory.LegalRepresentative, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new SignAgreementWithTokenPayload(signature, null);
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
