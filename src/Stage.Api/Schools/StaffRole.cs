namespace Stage.Api.Schools;

public enum StaffRole
{
    SchoolHead,
    Teacher,
    Cpe,
    AdministrativeStaff,
}
