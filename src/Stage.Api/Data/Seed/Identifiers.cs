using System.Globalization;

namespace Stage.Api.Data.Seed;

/// <summary>
/// National identifiers derived from row ids, so that they are unique across seed runs without
/// looking at existing rows: the id goes through a bijection of the number space, which makes
/// neighbouring rows get unrelated-looking numbers.
/// </summary>
internal static class Identifiers
{
    private const string CheckLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>A 14-digit SIRET (9-digit SIREN + 5-digit establishment number), both Luhn-valid.</summary>
    public static string Siret(long employerId)
    {
        // 48271 is prime and coprime with 10, so multiplying by it permutes 0..10^8-1.
        var body = employerId % 100_000_000 * 48_271 % 100_000_000;
        var siren = body.ToString("D8", CultureInfo.InvariantCulture);
        siren += LuhnDigit(siren).ToString(CultureInfo.InvariantCulture);
        // Establishment number 0001x, x making the whole SIRET Luhn-valid too.
        var withoutCheck = siren + "0001";
        return withoutCheck + LuhnDigit(withoutCheck).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An 11-character INE: 9 digits, a digit or letter, a check letter.</summary>
    public static string Ine(long pupilId)
    {
        // 387,420,489 = 3^18, coprime with 10^9: a permutation of the 9-digit numbers.
        var number = pupilId % 1_000_000_000 * 387_420_489 % 1_000_000_000;
        var tenth = Alphanumerics[(int)((pupilId / 7) % Alphanumerics.Length)];
        var check = CheckLetters[(int)((number + tenth) % CheckLetters.Length)];
        return string.Create(CultureInfo.InvariantCulture, $"{number:D9}{tenth}{check}");
    }

    /// <summary>The three-digit prefix of a school's UAI for a département: 075, 620 (2A), 720 (2B), 974.</summary>
    public static string UaiPrefix(string departmentCode) => departmentCode switch
    {
        "2A" => "620",
        "2B" => "720",
        { Length: 3 } => departmentCode,
        _ => "0" + departmentCode,
    };

    /// <summary>A UAI: prefix, 4-digit serial and the check letter of the 7 digits (as the real register does).</summary>
    public static string Uai(string prefix, int serial)
    {
        var digits = prefix + serial.ToString("D4", CultureInfo.InvariantCulture);
        var check = CheckLetters[(int)(long.Parse(digits, CultureInfo.InvariantCulture) % CheckLetters.Length)];
        return digits + check;
    }

    private static int LuhnDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }
}
