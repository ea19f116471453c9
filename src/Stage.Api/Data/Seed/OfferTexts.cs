using System.Globalization;

namespace Stage.Api.Data.Seed;

/// <summary>French titles and descriptions of offers, assembled from sentence patterns and sector words.</summary>
internal static class OfferTexts
{
    private delegate string Pattern(Random random, in OfferTextContext offer);

    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly Pattern[] Titles =
    [
        (Random _, in OfferTextContext o) => $"Découverte du métier {FrenchText.Of(o.Job)}",
        (Random _, in OfferTextContext o) => $"Stage d'observation : {o.Job}",
        (Random _, in OfferTextContext o) => $"{FrenchText.Capitalize(o.Job)} : {o.Duration} d'immersion",
        (Random _, in OfferTextContext o) => $"Immersion dans notre {o.Workplace} {FrenchText.At(o.City)}",
        (Random _, in OfferTextContext o) => $"Au cœur du métier {FrenchText.Of(o.Job)}",
        (Random _, in OfferTextContext o) => $"{o.StageKind} : {o.Job} chez {o.EmployerName}",
        (Random _, in OfferTextContext o) => $"{o.SectorName} : découverte du métier {FrenchText.Of(o.Job)}",
        (Random _, in OfferTextContext o) => $"Les coulisses de notre {o.Workplace}",
        (Random _, in OfferTextContext o) => $"Observer le travail d'une équipe : {o.Job}",
    ];

    private static readonly Pattern[] Introductions =
    [
        (Random _, in OfferTextContext o) =>
            $"Notre {o.Workplace} {FrenchText.At(o.City)} accueille {o.Pupil} pour un stage d'observation.",
        (Random _, in OfferTextContext o) =>
            $"Le temps d'un stage d'observation, rejoignez l'équipe {FrenchText.Of(o.EmployerName)} {FrenchText.At(o.City)}.",
        (Random _, in OfferTextContext o) =>
            $"Vous êtes {o.GradeWho} et curieux de découvrir le secteur « {o.SectorName} » ? Notre équipe vous ouvre ses portes {FrenchText.At(o.City)}.",
        (Random _, in OfferTextContext o) =>
            $"Nous proposons à {o.Pupil} de découvrir notre {o.Workplace} et le quotidien de nos équipes.",
    ];

    private static readonly Pattern[] Activities =
    [
        (Random r, in OfferTextContext o) =>
        {
            var (a, b) = r.PickTwo(o.Words.Activities);
            return $"Vous découvrirez {a} et {b}.";
        },
        (Random _, in OfferTextContext o) =>
            $"Au programme : {o.Words.Activities[0]}, {o.Words.Activities[1]} et {o.Words.Activities[2]}.",
        (Random r, in OfferTextContext o) =>
        {
            var (a, b) = r.PickTwo(o.Words.Activities);
            return $"Vous observerez {a}, puis {b}.";
        },
        (Random r, in OfferTextContext o) => $"Chaque jour, vous suivrez de près {r.Pick(o.Words.Activities)}.",
    ];

    private static readonly Pattern[] Mentoring =
    [
        (Random r, in OfferTextContext o) => string.Create(CultureInfo.InvariantCulture,
            $"Votre tuteur, {o.Job} depuis {r.Next(3, 26)} ans, répondra à vos questions sur son métier."),
        (Random _, in OfferTextContext o) => $"Vous échangerez avec notre {o.Job} sur son parcours, ses études et son quotidien.",
        (Random _, in OfferTextContext o) => $"C'est l'occasion de découvrir le métier {FrenchText.Of(o.Job)} et les formations qui y mènent.",
    ];

    private static readonly string[] Practicalities =
    [
        "Horaires : 9 h - 17 h, avec une pause déjeuner d'une heure.",
        "Horaires : 8 h 30 - 16 h 30 du lundi au vendredi.",
        "Tenue correcte exigée ; les équipements de sécurité sont fournis.",
        "Accès facile en transports en commun.",
        "Curiosité et motivation sont les seules conditions !",
        "Merci de joindre une courte lettre de motivation à votre candidature.",
        "Repas possible sur place.",
    ];

    public static string Title(Random random, in OfferTextContext offer) =>
        FrenchText.Fit(random.Pick(Titles)(random, offer), FieldLimits.OfferTitle);

    public static string Description(Random random, in OfferTextContext offer)
    {
        var text = string.Join(' ',
            random.Pick(Introductions)(random, offer),
            random.Pick(Activities)(random, offer),
            random.Pick(Mentoring)(random, offer),
            offer.AbroadCountry is null && random.Chance(0.4) ? random.Pick(Practicalities) : Period(offer));
        return FrenchText.Fit(text, FieldLimits.OfferDescription);
    }

    private static string Period(in OfferTextContext offer)
    {
        if (offer.AbroadCountry is { } country)
        {
            return $"Stage à l'étranger ({country}) : l'accord de l'établissement et une bonne maîtrise de la langue sont nécessaires.";
        }

        if (offer.IsSeconde)
        {
            var (first, last) = (offer.Weeks[0], offer.Weeks[^1].AddDays(4));
            return offer.Weeks switch
            {
                [_, _] => $"Stage de seconde générale et technologique, du lundi {Day(first)} au vendredi {Day(last)}.",
                _ => $"Stage de seconde sur une semaine de la période, du lundi {Day(first)} au vendredi {Day(last)}.",
            };
        }

        if (offer.Weeks.Length > 1)
        {
            return "Plusieurs semaines possibles au cours de l'année : choisissez celle de votre établissement.";
        }

        return $"Semaine du lundi {Day(offer.Weeks[0])}.";
    }

    /// <summary>"1er juin 2026", "15 juin 2026".</summary>
    private static string Day(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{(day.Day == 1 ? "1er" : day.Day)} {Months[day.Month - 1]} {day.Year}");
}
