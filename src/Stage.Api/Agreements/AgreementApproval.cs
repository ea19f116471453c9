using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;

namespace Stage.Api.Agreements;

/// <summary>The host completes its part (DRAFT → COMPLETED_BY_EMPLOYER); the school validates (→ VALIDATED_BY_SCHOOL).</summary>
public static class AgreementApproval
{
    public static Task<AgreementOutcome> CompleteAsync(AgreementStep step) =>
        AdvanceAsync(step, AgreementPart.Employer, AgreementStatus.Draft, AgreementStatus.CompletedByEmployer,
            AgreementPartFields.RequiredForCompletion, "completing");

    public static Task<AgreementOutcome> ValidateAsync(AgreementStep step) =>
        AdvanceAsync(step, AgreementPart.School, AgreementStatus.CompletedByEmployer, AgreementStatus.ValidatedBySchool,
            AgreementPartFields.RequiredForValidation, "validating");

    private static async Task<AgreementOutcome> AdvanceAsync(
        AgreementStep step, AgreementPart part, AgreementStatus from, AgreementStatus to, IReadOnlyList<string> required, string change)
    {
        var owners = step.Agreement.Owners;
        if (part == AgreementPart.Employer ? !AgreementAccess.IsHost(step.Viewer!, owners) : !AgreementAccess.IsSchoolStaff(step.Viewer!, owners))
        {
            throw new ForbiddenError(part == AgreementPart.Employer
                ? "Only the host completes the agreement." : "Only the pupil's school staff validate the agreement.");
        }

        var refusal = step.UnlessStatusIn(change, from);
        if (refusal is not null)
        {
            return refusal;
        }

        var checks = required.Select(f => $"CASE WHEN {AgreementPartFields.Column(f)} IS NULL THEN '{f}' END");
        var missing = await step.Transaction.ScalarAsync<string[]>(
            $"SELECT array_remove(ARRAY[{string.Join(", ", checks)}]::text[], NULL) FROM agreements WHERE id = $1",
            step.CancellationToken, step.Agreement.Id) ?? [];
        if (missing.Length > 0)
        {
            return AgreementOutcome.Refused(new IncompleteAgreementError(
                $"Fill these fields first: {string.Join(", ", missing)}.", missing), step.Agreement.Id);
        }

        await step.ChangeStatusAsync(to, null);
        return AgreementOutcome.Done(step.Agreement.Id);
    }
}
