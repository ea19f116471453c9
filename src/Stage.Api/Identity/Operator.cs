namespace Stage.Api.Identity;

/// <summary>An organisation publishing offers in bulk through the API (association, ministry, network...).</summary>
public sealed class Operator
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
