namespace Stage.Api.Identity;

public enum AccountKind
{
    Pupil,
    Staff,
    EmployerMember,
    Operator,
    Admin,
}
