namespace Stage.Api.Geography;

public sealed record FrenchRegion(string Code, string Name);
