using Npgsql;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Agreements;

/// <summary>
/// Signatures of a validated agreement: each signatory once; the fourth makes it SIGNED_BY_ALL. Every
/// signature is an event (status unchanged until the last), so the history shows who signed when.
/// </summary>
public static class AgreementSigning
{
    public static async Task<AgreementOutcome> SignAsync(AgreementStep step)
    {
        var viewer = step.Viewer!;
        var role = AgreementAccess.SignatoryOf(viewer, step.Agreement.Owners) ?? throw new ForbiddenError(
            "Only the pupil, the host and the school head sign here; the legal representative signs through the link the school sends.");
        var refusal = step.UnlessStatusIn("signing", AgreementStatus.ValidatedBySchool);
        if (refusal is not null)
        {
            return refusal;
        }

        var name = await step.Transaction.ScalarAsync<string>(
            "SELECT COALESCE((SELECT first_name || ' ' || last_name FROM pupils WHERE id = $1), " +
            "(SELECT first_name || ' ' || last_name FROM employer_members WHERE id = $2), " +
            "(SELECT first_name || ' ' || last_name FROM staff_members WHERE id = $3), (SELECT name FROM operators WHERE id = $4))",
            step.CancellationToken, viewer.PupilId, viewer.EmployerMemberId, viewer.StaffMemberId, viewer.OperatorId);
        return await AddAsync(step, role, name ?? "?", viewer.AccountId);
    }

    /// <summary>Records one signature; refused when this signatory already signed.</summary>
    public static async Task<AgreementOutcome> AddAsync(AgreementStep step, Signatory role, string signerName, long? accountId)
    {
        var (transaction, agreement, cancellationToken) = (step.Transaction, step.Agreement, step.CancellationToken);
        var added = await transaction.ExecuteAsync(
            "INSERT INTO agreement_signatures (agreement_id, role, signer_name, signer_account_id, signed_at) VALUES ($1, $2, $3, $4, $5) " +
            "ON CONFLICT (agreement_id, role) DO NOTHING",
            cancellationToken, agreement.Id, role, signerName, accountId, step.Now);
        if (added == 0)
        {
            return AgreementOutcome.Refused(new AlreadySignedError($"The agreement is already signed as {role}."), agreement.Id);
        }

        var count = await transaction.ScalarAsync<long>("SELECT count(*) FROM agreement_signatures WHERE agreement_id = $1", cancellationToken, agreement.Id);
        var note = $"Signed by {signerName} as {role}.";
        if (count == Enum.GetValues<Signatory>().Length)
        {
            await step.ChangeStatusAsync(AgreementStatus.SignedByAll, note);
        }
        else
        {
            await AgreementEventLog.AppendAsync(transaction, agreement.Id, agreement.ApplicationId, agreement.Status, agreement.Status,
                step.Viewer, note, step.Now, cancellationToken);
        }

        return AgreementOutcome.Done(agreement.Id);
    }

    /// <summary>True when <paramref name="role"/> has signed the agreement.</summary>
    public static async Task<bool> HasSignedAsync(NpgsqlTransaction transaction, long agreementId, Signatory role, CancellationToken cancellationToken) =>
        await transaction.ScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM agreement_signatures WHERE agreement_id = $1 AND role = $2)", cancellationToken, agreementId, role);
}
