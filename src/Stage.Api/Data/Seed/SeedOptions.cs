namespace Stage.Api.Data.Seed;

public sealed record SeedOptions(int Offers = 20_000, int Seed = 42, bool IfEmpty = false)
{
    public static SeedOptions Parse(ReadOnlySpan<string> args) => new();
}
