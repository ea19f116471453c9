namespace Stage.Api.Schools;

/// <summary>A member of a school's teaching team (head, teacher, CPE, administrative staff).</summary>
public sealed class StaffMember
{
    public long Id { get; set; }
    public long SchoolId { get; set; }
    public School School { get; set; } = null!;
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public StaffRole Role { get; set; }
}
