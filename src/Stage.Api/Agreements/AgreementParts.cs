using System.Globalization;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Agreements;

/// <summary>
/// Fills the host's or the school's part. Editing after the part was approved reopens the agreement (the
/// host's edit goes back to DRAFT, the school's to COMPLETED_BY_EMPLOYER) and drops the signatures
/// collected so far: people signed another text. The history says which.
/// </summary>
public static class AgreementParts
{
    public static async Task<AgreementOutcome> EditAsync(AgreementStep step, AgreementPart part, IReadOnlyDictionary<string, object?> values)
    {
        var (viewer, agreement) = (step.Viewer!, step.Agreement);
        var mayEdit = part == AgreementPart.Employer ? AgreementAccess.IsHost(viewer, agreement.Owners) : AgreementAccess.IsSchoolStaff(viewer, agreement.Owners);
        if (!mayEdit)
        {
            throw new ForbiddenError(part == AgreementPart.Employer
                ? "Only the host (its members or the offer's operator) fills the employer part."
                : "Only the pupil's school staff fill the school part.");
        }

        var refusal = step.UnlessStatusIn("editing", AgreementStatus.Draft, AgreementStatus.CompletedByEmployer, AgreementStatus.ValidatedBySchool);
        if (refusal is not null || values.Count == 0)
        {
            return refusal ?? AgreementOutcome.Done(agreement.Id);
        }

        // Reopen first: the CHECK constraints let a reopened agreement have empty fields, not a completed one.
        var reopenedAt = part == AgreementPart.Employer ? AgreementStatus.Draft : AgreementStatus.CompletedByEmployer;
        if (agreement.Status > reopenedAt)
        {
            await ReopenAsync(step, reopenedAt, part == AgreementPart.Employer ? "The employer part" : "The school part");
        }

        var assignments = values.Keys.Select((field, i) => AgreementPartFields.Column(field) + " = $" + (i + 2).ToString(CultureInfo.InvariantCulture)
            + (field == AgreementPartFields.DailyHours ? "::jsonb" : ""));
        await step.Transaction.ExecuteAsync($"UPDATE agreements SET {string.Join(", ", assignments)} WHERE id = $1", step.CancellationToken,
            [agreement.Id, .. values.Values]);
        return AgreementOutcome.Done(agreement.Id);
    }

    private static async Task ReopenAsync(AgreementStep step, AgreementStatus to, string edited)
    {
        var dropped = new List<Signatory>();
        await using (var command = step.Transaction.Command(
            "DELETE FROM agreement_signatures WHERE agreement_id = $1 RETURNING role", step.Agreement.Id))
        await using (var reader = await command.ExecuteReaderAsync(step.CancellationToken))
        {
            while (await reader.ReadAsync(step.CancellationToken))
            {
                dropped.Add(reader.GetFieldValue<Signatory>(0));
            }
        }

        await step.Transaction.ExecuteAsync(
            "UPDATE agreements SET signing_token_hash = NULL, signing_token_expires_at = NULL WHERE id = $1", step.CancellationToken, step.Agreement.Id);
        var note = $"{edited} was edited after {step.Agreement.Status}: back to {to}"
            + (dropped.Count == 0 ? "." : $"; {dropped.Count} signature(s) invalidated ({string.Join(", ", dropped.Order())}).");
        await step.ChangeStatusAsync(to, note);
    }
}
