using Stage.Api.Schools;

namespace Stage.Api.Data.Seed;

/// <summary>What the title and description of one offer talk about.</summary>
internal readonly record struct OfferTextContext(
    string Job,
    string Workplace,
    string EmployerName,
    string City,
    string SectorName,
    SectorWords Words,
    Grade[] Grades,
    DateOnly[] Weeks,
    string? AbroadCountry)
{
    public bool IsSeconde => Grades[0] == Grade.Seconde;

    /// <summary>"en 3e", "en 4e ou en 3e", "en seconde".</summary>
    public string GradeWho => GradeCase switch
    {
        0 => "en seconde",
        1 => "en 3e",
        2 => "en 4e ou en 3e",
        _ => "en 4e",
    };

    /// <summary>"un élève de 3e", "un élève de 4e ou de 3e", "un élève de seconde".</summary>
    public string Pupil => GradeCase switch
    {
        0 => "un élève de seconde",
        1 => "un élève de 3e",
        2 => "un élève de 4e ou de 3e",
        _ => "un élève de 4e",
    };

    public string StageKind => GradeCase switch
    {
        0 => "Stage de seconde",
        1 => "Stage de 3e",
        2 => "Stage de 4e-3e",
        _ => "Stage de 4e",
    };

    public string Duration => Weeks.Length == 2 && IsSeconde ? "deux semaines" : "une semaine";

    private int GradeCase => Grades switch
    {
        [Grade.Seconde] => 0,
        [Grade.Troisieme] => 1,
        [_, _] => 2,
        _ => 3,
    };
}
