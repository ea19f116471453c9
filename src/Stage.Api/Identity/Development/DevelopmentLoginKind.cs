namespace Stage.Api.Identity.Development;

/// <summary>Whom a development token is for: the options of <c>./stage token</c>.</summary>
public enum DevelopmentLoginKind
{
    Pupil,
    Staff,
    Employer,
    Operator,
    Admin,
}
