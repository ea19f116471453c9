namespace Stage.Api.Geography;

public sealed record FrenchCity(
    string Name,
    string InseeCode,
    string PostalCode,
    string DepartmentCode,
    string RegionCode,
    double Latitude,
    double Longitude,
    int Population);
