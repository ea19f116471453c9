using Stage.Api.Data.Seed;
using Stage.Api.Geography;

namespace Stage.Api.Tests.Geography;

public sealed class FrenchGeographyDataTests
{
    private sealed record BoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude)
    {
        public bool Contains(double latitude, double longitude) =>
            latitude >= MinLatitude && latitude <= MaxLatitude
            && longitude >= MinLongitude && longitude <= MaxLongitude;
    }

    private static readonly BoundingBox Metropolitan = new(41.3, 51.1, -5.2, 9.6);

    private static readonly Dictionary<string, BoundingBox> OverseasBoxes = new(StringComparer.Ordinal)
    {
        ["971"] = new(15.8, 16.55, -61.85, -61.0),
        ["972"] = new(14.38, 14.9, -61.25, -60.8),
        ["973"] = new(2.1, 5.8, -54.6, -51.6),
        ["974"] = new(-21.4, -20.85, 55.2, 55.85),
        ["976"] = new(-13.05, -12.6, 44.95, 45.35),
    };

    [Fact]
    public void ThereAreEighteenRegionsWithUniqueCodes()
    {
        Assert.Equal(18, FrenchRegions.All.Count);
        Assert.Equal(18, FrenchRegions.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(FrenchRegions.All, r => Assert.Same(r, FrenchRegions.Find(r.Code)));
    }

    [Fact]
    public void ThereAreOneHundredAndOneDepartmentsWithUniqueCodes()
    {
        Assert.Equal(101, FrenchDepartments.All.Count);
        Assert.Equal(101, FrenchDepartments.All.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(FrenchDepartments.All, d => Assert.Same(d, FrenchDepartments.Find(d.Code)));
    }

    [Fact]
    public void EveryDepartmentBelongsToAnExistingRegion()
    {
        var orphans = FrenchDepartments.All
            .Where(d => FrenchRegions.Find(d.RegionCode) is null)
            .Select(d => d.Code)
            .ToList();

        Assert.Empty(orphans);
        Assert.All(FrenchRegions.All, r => Assert.Contains(FrenchDepartments.All, d => string.Equals(d.RegionCode, r.Code, StringComparison.Ordinal)));
    }

    [Fact]
    public void FindReturnsNullForUnknownCodes()
    {
        Assert.Null(FrenchRegions.Find("99"));
        Assert.Null(FrenchDepartments.Find("20"));
        Assert.Null(FrenchDepartments.Find("975"));
    }

    [Fact]
    public void The_seed_has_towns_in_every_departement_overseas_included_and_none_elsewhere()
    {
        Assert.Equal(FrenchDepartments.All.Select(d => d.Code).Order(StringComparer.Ordinal), SeedTowns.DepartmentCodes);
        Assert.True(SeedTowns.All.Count > 34_000, $"Only {SeedTowns.All.Count} towns.");
        Assert.DoesNotContain(SeedTowns.All, t => t.Code is "75056" or "69123" or "13055");
        Assert.Contains(SeedTowns.All, t => t is { Code: "75111", City: "Paris", PostalCode: "75011" });
    }

    [Fact]
    public void Every_seed_town_is_a_commune_of_its_departement_and_region_with_a_postal_code_there()
    {
        var failures = SeedTowns.All
            .Where(t => Gazetteer.France.Commune(t.Code) is not { } commune
                || commune.DepartmentCode != t.DepartmentCode || commune.RegionCode != t.RegionCode
                || FrenchDepartments.Find(t.DepartmentCode)?.RegionCode != t.RegionCode
                || FrenchDepartments.CodeFromPostalCode(t.PostalCode) != t.DepartmentCode || !commune.PostalCodes.Contains(t.PostalCode)
                || t.Population <= 0)
            .Select(t => $"{t.City} {t.Code} {t.PostalCode}")
            .ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void Seed_town_points_are_inside_their_territory()
    {
        var failures = SeedTowns.All
            .Where(t => !OverseasBoxes.GetValueOrDefault(t.DepartmentCode, Metropolitan).Contains(t.Latitude, t.Longitude))
            .Select(t => $"{t.City} {t.Code} ({t.Latitude}, {t.Longitude})")
            .ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void AbroadCitiesUseAlpha2CountryCodesOutsideFrance()
    {
        Assert.NotEmpty(AbroadCities.All);
        Assert.All(AbroadCities.All, c =>
        {
            Assert.Equal(2, c.CountryCode.Length);
            Assert.True(c.CountryCode.All(char.IsAsciiLetterUpper), c.Name);
            Assert.NotEqual("FR", c.CountryCode);
            Assert.InRange(c.Latitude, -90, 90);
            Assert.InRange(c.Longitude, -180, 180);
        });
    }

    [Theory]
    [InlineData("20000", "2A")]
    [InlineData("20090", "2A")]
    [InlineData("20190", "2A")]
    [InlineData("20200", "2B")]
    [InlineData("20620", "2B")]
    [InlineData("20700", null)]
    [InlineData("97100", "971")]
    [InlineData("97200", "972")]
    [InlineData("97300", "973")]
    [InlineData("97400", "974")]
    [InlineData("97600", "976")]
    [InlineData("97500", null)]
    [InlineData("97700", null)]
    [InlineData("98000", null)]
    [InlineData("7500", null)]
    [InlineData("750011", null)]
    [InlineData("75001", "75")]
    [InlineData("01000", "01")]
    [InlineData("95000", "95")]
    [InlineData("96000", null)]
    [InlineData("abcde", null)]
    [InlineData("7500a", null)]
    [InlineData("00100", null)]
    [InlineData("", null)]
    public void CodeFromPostalCodeHandlesEdgeCases(string postalCode, string? expected)
    {
        Assert.Equal(expected, FrenchDepartments.CodeFromPostalCode(postalCode));
    }
}
