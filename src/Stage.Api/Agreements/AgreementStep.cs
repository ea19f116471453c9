using Npgsql;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements;

/// <summary>One change being made to a locked agreement, inside its transaction.</summary>
public sealed record AgreementStep(
    NpgsqlTransaction Transaction, AgreementRow Agreement, Viewer? Viewer, DateTimeOffset Now, CancellationToken CancellationToken)
{
    /// <summary>A refusal when the agreement is not in one of <paramref name="allowed"/>; null when it is.</summary>
    public AgreementOutcome? UnlessStatusIn(string change, params AgreementStatus[] allowed) =>
        allowed.Contains(Agreement.Status) ? null
        : AgreementOutcome.Refused(new AgreementStatusError(
            $"The agreement is {Agreement.Status}; {change} is only possible when it is {string.Join(" or ", allowed)}.", Agreement.Status),
            Agreement.Id);

    public Task ChangeStatusAsync(AgreementStatus to, string? note) =>
        AgreementEventLog.ChangeStatusAsync(Transaction, Agreement, to, Viewer, note, Now, CancellationToken);
}
