namespace Stage.Api.Offers;

public sealed class Sector
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
