namespace Stage.Api.Offers.Management;

/// <summary>
/// Which employer an operator's offer is for: one of the operator's employers by id (<c>employerId</c>),
/// or details (<c>newEmployer</c>) matched against the operator's employers or created. Employer
/// members give neither: their offers are their employer's.
/// </summary>
public sealed record EmployerReference(string? EmployerId, EmployerDraft? NewEmployer)
{
    public static EmployerReference None { get; } = new(null, null);

    public bool IsEmpty => EmployerId is null && NewEmployer is null;
}
