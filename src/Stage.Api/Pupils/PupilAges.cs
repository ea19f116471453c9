using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>
/// The ages (whole years, on the day of registration) plausible for each grade. A pupil typically starts
/// 4e at 13, 3e at 14 and 2nde at 15; the range allows three years ahead and five behind, and stays
/// within 10 to 20 years old.
/// </summary>
public static class PupilAges
{
    /// <summary>The birth dates the database accepts (CHECK ck_pupils_birth_date).</summary>
    public static readonly DateOnly EarliestBirthDate = new(1990, 1, 1);

    /// <inheritdoc cref="EarliestBirthDate"/>
    public static readonly DateOnly LatestBirthDate = new(2030, 12, 31);

    public static (int Min, int Max) For(Grade grade) => grade switch
    {
        Grade.Quatrieme => (10, 18),
        Grade.Troisieme => (11, 19),
        _ => (12, 20),
    };

    /// <summary>The age in whole years on <paramref name="today"/> of someone born on <paramref name="birthDate"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return today < birthDate.AddYears(age) ? age - 1 : age;
    }
}
