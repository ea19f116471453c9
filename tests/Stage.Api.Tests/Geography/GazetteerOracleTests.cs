using Stage.Api.Geography;

namespace Stage.Api.Tests.Geography;

/// <summary>
/// Checks the gazetteer against rules it must obey whatever its sources: INSEE code structure, the département
/// and région lists, the départements' boxes (from GeoNames' own département field, not from the join that found
/// the points) and the postal codes.
/// </summary>
public sealed class GazetteerOracleTests
{
    private static readonly Gazetteer France = Gazetteer.France;

    // Orly airport's postal code serves Paray-Vieille-Poste (Essonne); Saint-Barthélemy and Saint-Martin use Guadeloupe's.
    private static readonly HashSet<string> CrossBorderPostalCodes = ["94390", "97133", "97150"];

    [Fact]
    public void It_holds_every_current_commune_and_the_45_municipal_arrondissements()
    {
        Assert.Equal(34_969, France.Communes.Count(c => !c.IsArrondissement));
        var arrondissements = France.Communes.Where(c => c.IsArrondissement).ToList();
        Assert.Equal(45, arrondissements.Count);
        Assert.Equal(20, arrondissements.Count(a => a.CityCode == "75056"));
        Assert.Equal(9, arrondissements.Count(a => a.CityCode == "69123"));
        Assert.Equal(16, arrondissements.Count(a => a.CityCode == "13055"));
        Assert.Equal(France.Communes.Count, France.Communes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(129, France.Communes.Count(c => c.DepartmentCode is "971" or "972" or "973" or "974" or "976"));
    }

    [Fact]
    public void Every_communes_departement_and_region_agree_with_its_code()
    {
        foreach (var commune in France.Communes)
        {
            var expected = commune.Code.StartsWith("97", StringComparison.Ordinal) || commune.Code.StartsWith("98", StringComparison.Ordinal)
                ? commune.Code[..3]
                : commune.Code[..2];
            Assert.True(expected == commune.DepartmentCode, $"{commune.Code} {commune.Name} is filed in {commune.DepartmentCode}.");
            var department = France.Department(commune.DepartmentCode);
            Assert.NotNull(department);
            Assert.Equal(department.RegionCode, commune.RegionCode);
            if (FrenchDepartments.Find(commune.DepartmentCode) is { } known)
            {
                Assert.Equal(known.RegionCode, commune.RegionCode);
            }
        }
    }

    [Fact]
    public void The_departements_and_regions_match_the_lists_offers_are_checked_against()
    {
        foreach (var known in FrenchDepartments.All)
        {
            Assert.Equal(known.Name, France.Department(known.Code)?.Name);
        }

        foreach (var known in FrenchRegions.All)
        {
            Assert.Equal(known.Name, France.Region(known.Code)?.Name);
        }
    }

    [Fact]
    public void Every_point_lies_in_its_departements_box()
    {
        var outside = France.Communes
            .Where(c => c.Precision != PointPrecision.Manual)
            .Where(c => France.Department(c.DepartmentCode)?.Bounds is not { } box || !box.Contains(c.Latitude, c.Longitude, marginDegrees: 0.1))
            .Select(c => $"{c.Code} {c.Name} ({c.Latitude}, {c.Longitude}) {c.Precision}")
            .ToList();
        Assert.True(outside.Count == 0, $"{outside.Count} points outside their département: {string.Join("; ", outside.Take(20))}");
    }

    [Fact]
    public void Most_of_the_population_lives_in_communes_with_a_point_of_their_own()
    {
        var communes = France.Communes.Where(c => !c.IsArrondissement).ToList();
        var own = communes.Where(c => c.Precision == PointPrecision.Place).ToList();
        Assert.InRange(own.Count, 14_000, 16_000);
        Assert.True(own.Sum(c => (long)c.Population) > 0.87 * communes.Sum(c => (long)c.Population));
        Assert.All(communes.Where(c => c.Population > 20_000 && FrenchDepartments.Find(c.DepartmentCode) is not null),
            c => Assert.Equal(PointPrecision.Place, c.Precision));
    }

    [Fact]
    public void Every_postal_code_resolves_to_communes_of_its_departement()
    {
        var postalCodes = France.PostalCodes.ToList();
        Assert.InRange(postalCodes.Count, 6_000, 6_500);
        foreach (var postalCode in postalCodes)
        {
            var communes = France.WithPostalCode(postalCode);
            Assert.NotEmpty(communes);
            var department = FrenchDepartments.CodeFromPostalCode(postalCode);
            if (department is not null && !CrossBorderPostalCodes.Contains(postalCode))
            {
                Assert.True(communes.Any(c => c.DepartmentCode == department), $"{postalCode} serves no commune of {department}.");
            }
        }

        Assert.Contains(France.WithPostalCode("42000"), c => c.Code == "42218");
        Assert.Contains(France.WithPostalCode("69003"), c => c.Code == "69383");
        Assert.Empty(France.WithPostalCode("00000"));
    }

    [Fact]
    public void Thirty_academies_cover_every_departement_once()
    {
        Assert.Equal(30, FrenchAcademies.All.Count);
        var departments = FrenchAcademies.All.SelectMany(a => a.DepartmentCodes).ToList();
        Assert.Equal(departments.Count, departments.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(FrenchDepartments.All.Select(d => d.Code).Order(StringComparer.Ordinal), departments.Order(StringComparer.Ordinal));
        Assert.All(FrenchAcademies.All, a => Assert.Contains(France.Commune(a.SeatCode)!.DepartmentCode, a.DepartmentCodes));
        Assert.Equal("Lyon", FrenchAcademies.OfDepartment("42")?.Name);
        Assert.Equal("Normandie", FrenchAcademies.OfDepartment("14")?.Name);
    }
}
