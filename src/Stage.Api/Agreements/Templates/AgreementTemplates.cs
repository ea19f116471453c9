using Stage.Api.Schools;

namespace Stage.Api.Agreements.Templates;

/// <summary>
/// The model agreements: the collège model (4e, 3e) and the ministry's annex for 2nde. Both share the
/// fields; their titles, references and legal mentions differ (see <see cref="AgreementLegalMentions"/>).
/// </summary>
public static class AgreementTemplates
{
    private static readonly IReadOnlyList<AgreementTemplateSection> s_sections =
    [
        new("L'élève", AgreementFiller.Platform,
        [
            new("pupilLastName", "Nom de l'élève"), new("pupilFirstName", "Prénom"), new("pupilBirthDate", "Date de naissance"),
            new("pupilClassName", "Classe"),
        ]),
        new("L'établissement d'enseignement", AgreementFiller.Platform,
            [new("schoolName", "Établissement"), new("schoolAddress", "Adresse de l'établissement")]),
        new("La structure d'accueil", AgreementFiller.Platform,
            [new("hostName", "Raison sociale"), new("hostSiret", "Numéro SIRET"), new("hostAddress", "Lieu de la séquence d'observation")]),
        new("La séquence d'observation", AgreementFiller.Platform,
            [new("offerTitle", "Intitulé de l'offre"), new("startDate", "Date de début"), new("endDate", "Date de fin"), new("weeks", "Semaines")]),
        new("Partie à remplir par la structure d'accueil", AgreementFiller.Employer,
        [
            new("tutorName", "Nom du tuteur"), new("tutorRole", "Fonction du tuteur"), new("tutorEmail", "Courriel du tuteur"),
            new("tutorPhone", "Téléphone du tuteur"), new("activityDescription", "Activités prévues (observation)"),
            new("dailyHours", "Horaires journaliers (avec pause déjeuner)"),
        ]),
        new("Partie à remplir par l'établissement", AgreementFiller.School,
        [
            new("schoolHeadName", "Chef d'établissement"), new("referentTeacherName", "Professeur référent"),
            new("referentTeacherEmail", "Courriel du professeur référent"), new("legalRepresentativeName", "Représentant légal de l'élève"),
            new("legalRepresentativeEmail", "Courriel du représentant légal"),
        ]),
    ];

    private static readonly IReadOnlyList<AgreementTemplateSignatory> s_signatories =
    [
        new(Signatory.SchoolHead, "Le chef d'établissement"),
        new(Signatory.Employer, "Le représentant de la structure d'accueil"),
        new(Signatory.Pupil, "L'élève"),
        new(Signatory.LegalRepresentative, "Le représentant légal de l'élève"),
    ];

    public static AgreementTemplate For(Grade grade) => grade == Grade.Seconde
        ? new(grade,
            "Convention relative à l'organisation d'une séquence d'observation en milieu professionnel — élèves de seconde générale et technologique",
            "D'après le modèle annexé par le ministère de l'Éducation nationale (décret et arrêté du 29 novembre 2023 relatifs à la séquence " +
            "d'observation en milieu professionnel en classe de seconde générale et technologique) : deux semaines en juin, éventuellement " +
            "chez deux structures d'accueil, ou à l'étranger dans les conditions réglementaires.",
            s_sections, AgreementLegalMentions.Seconde, s_signatories)
        : new(grade,
            $"Convention relative à l'organisation d'une séquence d'observation en milieu professionnel — élèves de {(grade == Grade.Troisieme ? "troisième" : "quatrième")} (collège)",
            "D'après le modèle de convention des séquences d'observation en milieu professionnel des élèves de collège (circulaire " +
            "n° 2003-134 du 8 septembre 2003 et circulaire du 12 juillet 2024 relatives à l'accueil en milieu professionnel des élèves).",
            s_sections, AgreementLegalMentions.College, s_signatories);
}
