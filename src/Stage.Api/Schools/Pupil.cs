namespace Stage.Api.Schools;

public sealed class Pupil
{
    public long Id { get; set; }

    /// <summary>The national pupil number (INE).</summary>
    public required string Ine { get; set; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public Grade Grade { get; set; }
    public required string ClassName { get; set; }
    public long SchoolId { get; set; }
    public School School { get; set; } = null!;
    public DateOnly BirthDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
