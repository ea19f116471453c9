using System.Globalization;
using System.Text.RegularExpressions;
using Stage.Api.Data;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>
/// The rules each row must follow on its own and against the other rows of the call; the database
/// rule (an INE not yet registered) is checked by <see cref="PreRegisterPupils"/>. At most one error
/// per row and field, the first rule broken.
/// </summary>
public static partial class PupilRowValidator
{
    public static List<PupilRowError> Validate(IReadOnlyList<PupilRow> rows, SchoolKind schoolKind, DateOnly today)
    {
        var errors = new List<PupilRowError>();
        var rowsByIne = rows.Select((row, index) => (row, index)).Where(r => r.row.Ine is not null)
            .GroupBy(r => r.row.Ine!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.index).ToList(), StringComparer.Ordinal);
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            void Refuse(string field, PupilRowProblem problem, string message) => errors.Add(new PupilRowError(index, field, row.Ine, problem, message));

            if (row.Ine is null)
            {
                Refuse(PupilRowFields.Ine, PupilRowProblem.Required, "The INE is required.");
            }
            else if (!IneFormat().IsMatch(row.Ine))
            {
                Refuse(PupilRowFields.Ine, PupilRowProblem.InvalidIne,
                    $"'{row.Ine}' is not an INE: 9 digits, then a digit or capital letter, then a capital letter (e.g. 123456789AB).");
            }
            else if (rowsByIne[row.Ine] is { Count: > 1 } same)
            {
                Refuse(PupilRowFields.Ine, PupilRowProblem.DuplicateInInput,
                    $"This INE is on several rows of this call: {string.Join(", ", same.Take(10).Select(i => i.ToString(CultureInfo.InvariantCulture)))}.");
            }

            Name(row.FirstName, PupilRowFields.FirstName, "first name", FieldLimits.PersonName, Refuse);
            Name(row.LastName, PupilRowFields.LastName, "last name", FieldLimits.PersonName, Refuse);
            Name(row.ClassName, PupilRowFields.ClassName, "class name", FieldLimits.ClassName, Refuse);
            if (row.Grade is null)
            {
                Refuse(PupilRowFields.Grade, PupilRowProblem.Required, "The grade is required.");
            }
            else if (!SchoolGrades.Teaches(schoolKind, row.Grade.Value))
            {
                Refuse(PupilRowFields.Grade, PupilRowProblem.GradeNotTaught, SchoolGrades.Describe(schoolKind));
            }

            if (row.BirthDate is null)
            {
                Refuse(PupilRowFields.BirthDate, PupilRowProblem.Required, "The birth date is required.");
            }
            else if (BirthDateProblem(row.BirthDate.Value, row.Grade, today) is { } message)
            {
                Refuse(PupilRowFields.BirthDate, PupilRowProblem.ImplausibleBirthDate, message);
            }
        }

        return errors;
    }

    private static void Name(string? value, string field, string label, int maxLength, Action<string, PupilRowProblem, string> refuse)
    {
        if (value is null)
        {
            refuse(field, PupilRowProblem.Required, $"The {label} is required.");
        }
        else if (value.Length > maxLength)
        {
            refuse(field, PupilRowProblem.TooLong, string.Create(CultureInfo.InvariantCulture, $"The {label} is at most {maxLength} characters long."));
        }
    }

    private static string? BirthDateProblem(DateOnly birthDate, Grade? grade, DateOnly today)
    {
        var (min, max) = grade is { } g ? PupilAges.For(g) : (PupilAges.For(Grade.Quatrieme).Min, PupilAges.For(Grade.Seconde).Max);
        var age = PupilAges.AgeOn(birthDate, today);
        if (age >= min && age <= max && birthDate >= PupilAges.EarliestBirthDate && birthDate <= PupilAges.LatestBirthDate)
        {
            return null;
        }

        var who = grade is null ? "A pupil" : $"A pupil of {grade.Value.ToString().ToUpperInvariant()}";
        return string.Create(CultureInfo.InvariantCulture, $"{who} is {min} to {max} years old at registration; this birth date makes them {age}.");
    }

    [GeneratedRegex("^[0-9]{9}[0-9A-Z][A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex IneFormat();
}
