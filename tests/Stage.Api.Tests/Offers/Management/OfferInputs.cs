namespace Stage.Api.Tests.Offers.Management;

/// <summary>Valid offer inputs as a client sends them (GraphQL variables), for tests to adjust what they are about.</summary>
public static class OfferInputs
{
    public static Dictionary<string, object?> College(string title = "Découverte du métier de boulanger") => new()
    {
        ["title"] = title,
        ["description"] = "Pétrissage, façonnage et cuisson : une semaine au fournil.",
        ["sectorCode"] = "s28",
        ["grades"] = new[] { "TROISIEME", "QUATRIEME" },
        ["weeks"] = new[] { "2026-W03", "2026-W10" },
        ["seats"] = 3,
        ["address"] = Address(),
        ["latitude"] = 48.8566,
        ["longitude"] = 2.3522,
    };

    public static Dictionary<string, object?> Seconde(string title = "Stage de seconde au fournil")
    {
        var input = College(title);
        input["grades"] = new[] { "SECONDE" };
        input["weeks"] = new[] { "2026-W25", "2026-W26" };
        return input;
    }

    public static Dictionary<string, object?> Address(string postalCode = "75011", string countryCode = "FR") => new()
    {
        ["street"] = "12 rue de la République",
        ["postalCode"] = postalCode,
        ["city"] = "Paris",
        ["countryCode"] = countryCode,
    };

    public static Dictionary<string, object?> NewEmployer(string name = "Réseau des fournils", string? siret = null) => new()
    {
        ["name"] = name,
        ["kind"] = "ASSOCIATION",
        ["description"] = "Des boulangeries qui accueillent des élèves.",
        ["siret"] = siret,
    };

    /// <summary>Sets a list field, e.g. <c>WithList("weeks", "2026-W25")</c>.</summary>
    public static Dictionary<string, object?> WithList(this Dictionary<string, object?> input, string key, params string[] values) =>
        input.With(key, values);

    public static Dictionary<string, object?> With(this Dictionary<string, object?> input, string key, object? value)
    {
        input[key] = value;
        return input;
    }
}
