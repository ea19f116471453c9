using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>The grades with observation internships that each kind of school teaches.</summary>
public static class SchoolGrades
{
    public static bool Teaches(SchoolKind kind, Grade grade) => kind switch
    {
        SchoolKind.College => grade is Grade.Quatrieme or Grade.Troisieme,
        SchoolKind.Lycee => grade is Grade.Seconde,
        _ => false,
    };

    public static string Describe(SchoolKind kind) => kind == SchoolKind.College
        ? "A collège registers pupils of 4e (QUATRIEME) and 3e (TROISIEME)."
        : "A lycée registers pupils of 2nde (SECONDE).";
}
