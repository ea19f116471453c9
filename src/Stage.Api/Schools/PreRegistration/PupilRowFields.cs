namespace Stage.Api.Schools.PreRegistration;

/// <summary>The field names of <c>PreRegisterPupilInput</c>, as errors name them.</summary>
public static class PupilRowFields
{
    public const string Ine = "ine";
    public const string FirstName = "firstName";
    public const string LastName = "lastName";
    public const string Grade = "grade";
    public const string ClassName = "className";
    public const string BirthDate = "birthDate";
}
