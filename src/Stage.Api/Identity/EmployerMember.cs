using Stage.Api.Offers;

namespace Stage.Api.Identity;

/// <summary>A person acting for a host structure.</summary>
public sealed class EmployerMember
{
    public long Id { get; set; }
    public long EmployerId { get; set; }
    public Employer Employer { get; set; } = null!;
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
}
