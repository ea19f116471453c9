using System.Globalization;
using System.Text;

namespace Stage.Api.Data.Seed;

/// <summary>Small French grammar helpers for generated texts: elisions, contractions, slugs.</summary>
internal static class FrenchText
{
    /// <summary>"de Lyon", "d'Orléans", "du Mans", "des Abymes", "d'agent immobilier".</summary>
    public static string Of(string name) => name switch
    {
        _ when name.StartsWith("Le ", StringComparison.Ordinal) => "du " + name[3..],
        _ when name.StartsWith("Les ", StringComparison.Ordinal) => "des " + name[4..],
        _ when StartsWithVowel(name) => "d'" + name,
        _ => "de " + name,
    };

    /// <summary>"à Lyon", "au Mans", "aux Abymes".</summary>
    public static string At(string city) => city switch
    {
        _ when city.StartsWith("Le ", StringComparison.Ordinal) => "au " + city[3..],
        _ when city.StartsWith("Les ", StringComparison.Ordinal) => "aux " + city[4..],
        _ => "à " + city,
    };

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>Cuts <paramref name="text"/> at a word boundary so that it fits <paramref name="maxLength"/>.</summary>
    public static string Fit(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return (cut > 0 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>Lower-case ASCII letters and digits, other characters folded into <paramref name="separator"/>.</summary>
    public static string Slug(string text, char? separator = '-')
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch { 'œ' or 'Œ' => "oe", 'æ' or 'Æ' => "ae", _ => null };
            if (folded is not null)
            {
                builder.Append(folded);
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (separator is { } s && builder.Length > 0 && builder[^1] != s)
            {
                builder.Append(s);
            }
        }

        return builder.ToString().TrimEnd(separator ?? ' ');
    }

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "AEIOUYÉÈÊÎÔÂaeiouyéèêîôâ".Contains(word[0], StringComparison.Ordinal);
}
