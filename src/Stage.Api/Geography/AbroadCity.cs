namespace Stage.Api.Geography;

public sealed record AbroadCity(string Name, string CountryCode, string PostalCode, double Latitude, double Longitude);
