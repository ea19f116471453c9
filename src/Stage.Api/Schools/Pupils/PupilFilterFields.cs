namespace Stage.Api.Schools.Pupils;

/// <summary>The fields of <c>PupilFilterInput</c>.</summary>
public static class PupilFilterFields
{
    public const string Grade = "grade";
    public const string ClassName = "className";
    public const string Name = "name";
    public const string AgreementStatus = "agreementStatus";
    public const string Contains = "contains";

    /// <summary>The longest text <c>name.contains</c> takes.</summary>
    public const int MaxNameSearchLength = 100;
}
