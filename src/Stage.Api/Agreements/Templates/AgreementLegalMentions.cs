namespace Stage.Api.Agreements.Templates;

/// <summary>
/// The articles of the model agreements, written for this platform after the ministry's models (not a verbatim
/// copy): the pupil stays under school status, observes without working, and minors' working-time rules apply.
/// </summary>
public static class AgreementLegalMentions
{
    private static readonly string[] s_common =
    [
        "Article 1 — La présente convention règle les rapports entre la structure d'accueil, l'établissement d'enseignement, l'élève et " +
            "son représentant légal pour l'organisation d'une séquence d'observation en milieu professionnel.",
        "Article 2 — L'élève demeure sous statut scolaire pendant toute la séquence. Il reste sous l'autorité et la responsabilité du chef " +
            "d'établissement et ne peut prétendre à aucune rémunération ni gratification.",
        "Article 3 — L'élève observe : il ne concourt pas au travail de la structure d'accueil. Il n'accède à aucune machine, aucun appareil " +
            "ni aucun produit dont l'usage est interdit aux mineurs (articles D. 4153-15 à D. 4153-37 du code du travail) et n'effectue " +
            "aucune manœuvre ni manipulation.",
        "Article 4 — Horaires : au plus 7 heures par jour et 35 heures par semaine, aucune présence entre 20 heures et 6 heures, une pause " +
            "d'au moins 30 minutes consécutives dès que la journée dépasse 4 h 30 (article L. 3162-3 du code du travail) et un repos " +
            "quotidien d'au moins 14 heures consécutives pour les moins de 16 ans (article L. 3164-1).",
        "Article 5 — La structure d'accueil garantit sa responsabilité civile pour les dommages que l'élève pourrait causer ou subir ; " +
            "l'établissement (ou le représentant légal) assure la responsabilité civile de l'élève.",
        "Article 6 — En cas d'accident de l'élève pendant la séquence ou sur le trajet, la structure d'accueil en informe sans délai le " +
            "chef d'établissement, qui fait la déclaration d'accident.",
        "Article 7 — Le chef d'établissement et le responsable de la structure d'accueil se tiennent informés de toute difficulté ; " +
            "ils peuvent mettre fin à la séquence en cas de manquement à la discipline ou aux règles de sécurité.",
    ];

    public static readonly IReadOnlyList<string> College =
    [
        .. s_common,
        "Article 8 — La séquence d'observation des élèves de quatrième et de troisième dure une semaine, choisie parmi les semaines " +
            "proposées par l'établissement ; la convention est signée pour cette seule séquence.",
    ];

    public static readonly IReadOnlyList<string> Seconde =
    [
        .. s_common,
        "Article 8 — La séquence d'observation de seconde générale et technologique est obligatoire : elle a lieu pendant les deux " +
            "dernières semaines de juin (du lundi 15 au vendredi 26 juin 2026), dans une ou deux structures d'accueil (une convention par " +
            "structure), en France ou à l'étranger lorsque les conditions réglementaires sont remplies.",
    ];
}
