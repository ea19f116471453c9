namespace Stage.Api.Data.Seed;

/// <summary>The mail domain of the main academy of each region (staff addresses).</summary>
internal static class Academies
{
    public static string DomainOf(string regionCode) => regionCode switch
    {
        "01" => "ac-guadeloupe.fr",
        "02" => "ac-martinique.fr",
        "03" => "ac-guyane.fr",
        "04" => "ac-reunion.fr",
        "06" => "ac-mayotte.fr",
        "11" => "ac-paris.fr",
        "24" => "ac-orleans-tours.fr",
        "27" => "ac-dijon.fr",
        "28" => "ac-normandie.fr",
        "32" => "ac-lille.fr",
        "44" => "ac-nancy-metz.fr",
        "52" => "ac-nantes.fr",
        "53" => "ac-rennes.fr",
        "75" => "ac-bordeaux.fr",
        "76" => "ac-toulouse.fr",
        "84" => "ac-lyon.fr",
        "93" => "ac-aix-marseille.fr",
        "94" => "ac-corse.fr",
        _ => "education.gouv.fr",
    };
}
