using GraphQL.Types;

namespace Stage.Api.Schools;

/// <summary>The grades whose pupils do observation internships.</summary>
public enum Grade
{
    Quatrieme,
    Troisieme,
    Seconde,
}

public sealed class GradeType : EnumerationGraphType<Grade>
{
    public GradeType()
    {
        Name = "Grade";
        Description = "A grade whose pupils do observation internships. 4e and 3e are collège grades, 2nde is a lycée grade.";
        Values["QUATRIEME"]!.Description = "4e (quatrième), in private schools under contract: one week.";
        Values["TROISIEME"]!.Description = "3e (troisième): one week chosen among the school's weeks.";
        Values["SECONDE"]!.Description = "2nde générale et technologique: the mandatory two-week period in June, possibly split over two hosts.";
    }
}
