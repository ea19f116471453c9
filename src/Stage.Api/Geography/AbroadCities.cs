namespace Stage.Api.Geography;

public sealed record AbroadCity(string Name, string CountryCode, string PostalCode, double Latitude, double Longitude);

public static class AbroadCities
{
    public static IReadOnlyList<AbroadCity> All { get; } =
    [
        new("Bruxelles", "BE", "1000", 50.8467, 4.3525),
        new("Genève", "CH", "1204", 46.2044, 6.1432),
        new("Lausanne", "CH", "1003", 46.5197, 6.6323),
        new("Luxembourg", "LU", "1648", 49.6116, 6.1319),
        new("Londres", "GB", "WC2N 5DN", 51.5089, -0.1283),
        new("Dublin", "IE", "D02", 53.3440, -6.2672),
        new("Berlin", "DE", "10178", 52.5186, 13.4083),
        new("Munich", "DE", "80331", 48.1374, 11.5755),
        new("Amsterdam", "NL", "1012", 52.3731, 4.8926),
        new("Madrid", "ES", "28013", 40.4168, -3.7038),
        new("Barcelone", "ES", "08002", 41.3825, 2.1770),
        new("Lisbonne", "PT", "1100-148", 38.7077, -9.1365),
        new("Rome", "IT", "00186", 41.8933, 12.4829),
        new("Milan", "IT", "20121", 45.4674, 9.1900),
        new("Montréal", "CA", "H2Y 1C6", 45.5088, -73.5542),
        new("Québec", "CA", "G1R 4S9", 46.8139, -71.2080),
        new("New York", "US", "10007", 40.7128, -74.0060),
        new("Dakar", "SN", "", 14.6928, -17.4467),
    ];
}
