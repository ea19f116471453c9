namespace Stage.Api.Offers;

public sealed class Employer
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public HostKind Kind { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Siret { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
