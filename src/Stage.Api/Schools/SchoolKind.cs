namespace Stage.Api.Schools;

public enum SchoolKind
{
    College,
    Lycee,
}
