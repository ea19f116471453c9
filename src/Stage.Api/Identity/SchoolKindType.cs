using GraphQL.Types;
using Stage.Api.Schools;

namespace Stage.Api.Identity;

public sealed class SchoolKindType : EnumerationGraphType<SchoolKind>
{
    public SchoolKindType()
    {
        Name = "SchoolKind";
        Description = "The kind of a school.";
        Values["COLLEGE"]!.Description = "A collège: grades 6e to 3e (internships in 4e and 3e).";
        Values["LYCEE"]!.Description = "A lycée: grades 2nde to terminale (the internship in 2nde).";
    }
}
