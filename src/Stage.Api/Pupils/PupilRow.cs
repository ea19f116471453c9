using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>One row of a pre-registration as sent, normalised by <see cref="Normalized"/>: text trimmed (null when blank), the INE in capitals.</summary>
public sealed record PupilRow(string? Ine, string? FirstName, string? LastName, Grade? Grade, string? ClassName, DateOnly? BirthDate)
{
    /// <summary>The row with its texts trimmed (null when blank, Unicode composed) and its INE in capitals.</summary>
    public PupilRow Normalized() => this with
    {
        Ine = Text(Ine)?.ToUpperInvariant(),
        FirstName = Text(FirstName),
        LastName = Text(LastName),
        ClassName = Text(ClassName),
    };

    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(System.Text.NormalizationForm.FormC);
}

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
