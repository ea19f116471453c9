using System.Globalization;
using Stage.Api.Offers;

namespace Stage.Api.Data.Seed;

/// <summary>Names, descriptions and websites of generated host structures.</summary>
internal static class EmployerTexts
{
    private const string AcronymLetters = "ABCDEFGHIJLMNOPRSTV";

    /// <summary>A company or micro-enterprise name: "Garage Martin", "Martin-Dupont Avocats", "Camille Moreau, ébéniste".</summary>
    public static string CompanyName(Random random, HostKind kind, int sectorId, string city)
    {
        var words = SectorVocabulary.For(sectorId);
        var lastName = random.Pick(PersonNames.LastNames);
        if (kind == HostKind.MicroEnterprise)
        {
            var firstName = random.Pick(PersonNames.AdultFirstNames);
            return random.Chance(0.6)
                ? $"{firstName} {lastName}, {random.Pick(words.Jobs)}"
                : $"{FrenchText.Capitalize(random.Pick(words.Workplaces))} {firstName} {lastName}";
        }

        var brand = random.Pick(words.Brands);
        var name = random.Next(7) switch
        {
            0 => $"{FrenchText.Capitalize(random.Pick(words.Workplaces))} {lastName}",
            1 => $"{FrenchText.Capitalize(random.Pick(words.Workplaces))} {random.Pick(PlaceNames.Localities)}",
            2 => $"{lastName} {brand}",
            3 => $"{Acronym(random)} {brand}",
            4 => $"{brand} {lastName} et Fils",
            5 => $"{lastName}-{random.Pick(PersonNames.LastNames)} {brand}",
            _ => $"{brand} {city}",
        };
        return random.Next(10) switch
        {
            < 3 => name + " SAS",
            < 5 => name + " SARL",
            _ => name,
        };
    }

    public static string Description(Random random, EmployerPlan employer, string city)
    {
        var words = SectorVocabulary.For(employer.SectorId);
        var year = random.Next(1950, 2024);
        var people = employer.Kind == HostKind.MicroEnterprise ? 1 : random.Next(3, 400);
        var at = FrenchText.At(city);
        var intro = employer.Kind switch
        {
            HostKind.MicroEnterprise => random.Chance(0.5)
                ? $"Entreprise individuelle installée {at} depuis {year}."
                : $"Indépendant depuis {year}, je partage volontiers mon métier {FrenchText.Of(random.Pick(words.Jobs))}.",
            HostKind.PrivateCompany => random.Next(3) switch
            {
                0 => $"Entreprise familiale fondée en {year}, {people} salariés.",
                1 => $"PME implantée {at} depuis {year}, {people} collaborateurs.",
                _ => $"Filiale d'un groupe national, notre site {FrenchText.Of(city)} emploie {people} personnes.",
            },
            HostKind.Association => $"Association loi 1901 créée en {year}, {people} bénévoles engagés {at}.",
            _ => random.Chance(0.5)
                ? $"Service public au plus près des habitants {FrenchText.Of(city)}."
                : $"{people} agents au service des usagers du territoire.",
        };
        var activities = random.Next(3) switch
        {
            0 => $" Notre métier : {TwoActivities(random, words)}.",
            1 => $" Au quotidien, {random.Pick(words.Activities)}.",
            _ => " Nous accueillons chaque année des élèves en stage d'observation.",
        };
        return FrenchText.Fit(string.Create(CultureInfo.InvariantCulture, $"{intro}{activities}"), FieldLimits.EmployerDescription);
    }

    public static string? Website(Random random, EmployerPlan employer)
    {
        if (employer.Kind == HostKind.MicroEnterprise ? random.Chance(0.5) : random.Chance(0.2))
        {
            return null;
        }

        var domain = employer.Kind == HostKind.Administration ? ".gouv.fr" : ".fr";
        var name = employer.Name.Replace(" SARL", "", StringComparison.Ordinal).Replace(" SAS", "", StringComparison.Ordinal);
        return "https://www." + FrenchText.Slug(name) + domain;
    }

    private static string TwoActivities(Random random, SectorWords words)
    {
        var (first, second) = random.PickTwo(words.Activities);
        return $"{first} et {second}";
    }

    private static string Acronym(Random random) => string.Create(3, random, static (span, r) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = AcronymLetters[r.Next(AcronymLetters.Length)];
        }
    });
}
