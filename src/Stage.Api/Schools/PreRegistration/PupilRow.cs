namespace Stage.Api.Schools.PreRegistration;

/// <summary>One row of a pre-registration as sent, normalised: text trimmed (null when blank), the INE in capitals.</summary>
public sealed record PupilRow(string? Ine, string? FirstName, string? LastName, Grade? Grade, string? ClassName, DateOnly? BirthDate)
{
    /// <summary>A row from its GraphQL input object.</summary>
    public static PupilRow From(IDictionary<string, object?> input) => new(
        Text(input, PupilRowFields.Ine)?.ToUpperInvariant(),
        Text(input, PupilRowFields.FirstName),
        Text(input, PupilRowFields.LastName),
        Value(input, PupilRowFields.Grade) as Grade?,
        Text(input, PupilRowFields.ClassName),
        Value(input, PupilRowFields.BirthDate) as DateOnly?);

    private static object? Value(IDictionary<string, object?> input, string field) => input.TryGetValue(field, out var value) ? value : null;

    private static string? Text(IDictionary<string, object?> input, string field) =>
        Value(input, field) is string text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim().Normalize(System.Text.NormalizationForm.FormC)
            : null;
}
