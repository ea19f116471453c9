namespace Stage.Api.Schools;

/// <summary>The grades whose pupils do observation internships.</summary>
public enum Grade
{
    Quatrieme,
    Troisieme,
    Seconde,
}
