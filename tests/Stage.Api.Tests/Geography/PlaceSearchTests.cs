using Stage.Api.Geography;

namespace Stage.Api.Tests.Geography;

public sealed class PlaceSearchTests
{
    private static readonly PlaceDirectory Places = PlaceDirectory.France;

    [Theory]
    [InlineData("st etienne")]
    [InlineData("saint-etienne")]
    [InlineData("ST ÉTIENNE")]
    [InlineData("Saint Étienne")]
    [InlineData("st-éti")]
    [InlineData("42000")]
    [InlineData("42218")]
    public void Saint_Etienne_comes_first_however_it_is_typed(string typed)
    {
        var first = Places.Search(typed, 5)[0];
        Assert.Equal(("42218", PlaceKind.Commune), (first.Code, first.Kind));
    }

    [Fact]
    public void A_postal_code_prefix_finds_the_communes_it_starts()
    {
        var found = Places.Search("690", 10);
        Assert.NotEmpty(found);
        Assert.All(found, p => Assert.Contains(p.PostalCodes, c => c.StartsWith("690", StringComparison.Ordinal)));
        Assert.Equal("69123", found[0].Code);
        Assert.Contains(found, p => p.Code == "69383");
    }

    [Fact]
    public void Results_are_ranked_by_population_after_exact_matches()
    {
        var found = Places.Search("saint", 10);
        Assert.Equal(10, found.Count);
        Assert.All(found, p => Assert.StartsWith("Saint", p.Name, StringComparison.Ordinal));
        Assert.Equal(found.Select(p => p.Population).OrderDescending(), found.Select(p => p.Population));
        Assert.Equal("Lyon", Places.Search("lyon", 3)[0].Name);
        Assert.Equal(PlaceKind.Commune, Places.Search("lyon", 3)[0].Kind);
        Assert.Contains(Places.Search("lyon", 3), p => p.Kind == PlaceKind.Academy);
    }

    [Fact]
    public void Territories_are_found_by_name_and_departements_by_code()
    {
        Assert.Equal((PlaceKind.Department, "69"), (Places.Search("69", 1)[0].Kind, Places.Search("69", 1)[0].Code));
        Assert.Contains(Places.Search("bretagne", 5), p => p.Kind == PlaceKind.Region && p.Code == "53");
        Assert.Contains(Places.Search("orleans tours", 5), p => p.Kind == PlaceKind.Academy && p.Code == "18");
        Assert.Contains(Places.Search("cote d'or", 5), p => p.Kind == PlaceKind.Department && p.Code == "21");
    }

    [Fact]
    public void Apostrophes_ligatures_and_abbreviations_match()
    {
        Assert.Equal("01001", Places.Search("l'abergement clemenciat", 1)[0].Code);
        Assert.Contains(Places.Search("ste marie", 10), p => p.Name.StartsWith("Sainte-Marie", StringComparison.Ordinal));
        var st = Places.Search("st", 50);
        Assert.Contains(st, p => p.Code == "67482");
        Assert.Contains(st, p => p.Code == "42218");
        Assert.Equal("Strasbourg", Places.Search("strasb", 1)[0].Name);
        Assert.Contains(Places.Search("oeuilly", 5), p => p.Name.StartsWith("Œuilly", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_matches_nothing()
    {
        Assert.Empty(Places.Search("", 10));
        Assert.Empty(Places.Search("  -'  ", 10));
        Assert.Empty(Places.Search("zzzzqx", 10));
    }

    [Fact]
    public void A_place_id_or_insee_code_finds_its_place()
    {
        var lyon3 = Places.FindByCodeOrId("69383")!;
        Assert.Equal(PlaceKind.Arrondissement, lyon3.Kind);
        Assert.Same(lyon3, Places.FindByCodeOrId(lyon3.Id));
        var rhone = Places.Find(PlaceKind.Department, "69")!;
        Assert.Same(rhone, Places.FindByCodeOrId(rhone.Id));
        Assert.Null(Places.FindByCodeOrId("99999"));
        Assert.Null(Places.FindByCodeOrId("not an id"));
    }
}
