using Stage.Api.Kit.Mutations;

namespace Stage.Api.Schools.PreRegistration;

/// <summary>
/// A field of one row of a pre-registration that breaks a rule: the row's position in
/// <c>input.pupils</c> (from 0), the field's name in the row, and the row's INE as sent, to find it.
/// </summary>
public sealed record PupilRowError(int Index, string Field, string? Ine, PupilRowProblem Problem, string Message) : IBusinessError
{
    /// <summary>The field as a path from <c>input</c>, as <see cref="InvalidFieldError"/> writes it: <c>pupils[12].ine</c>.</summary>
    public string Path => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pupils[{Index}].{Field}");
}
