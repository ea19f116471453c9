using Stage.Api.Schools;

namespace Stage.Api.Identity;

/// <summary>Links an external identity (issuer + subject of a token) to the person or organisation it stands for.</summary>
public sealed class Account
{
    public long Id { get; set; }
    public required string Issuer { get; set; }
    public required string Subject { get; set; }
    public AccountKind Kind { get; set; }
    public long? PupilId { get; set; }
    public Pupil? Pupil { get; set; }
    public long? StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
    public long? EmployerMemberId { get; set; }
    public EmployerMember? EmployerMember { get; set; }
    public long? OperatorId { get; set; }
    public Operator? Operator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
