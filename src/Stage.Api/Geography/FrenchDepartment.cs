namespace Stage.Api.Geography;

public sealed record FrenchDepartment(string Code, string Name, string RegionCode);
