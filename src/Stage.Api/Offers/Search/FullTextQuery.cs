using System.Globalization;
using System.Text;

namespace Stage.Api.Offers.Search;

/// <summary>
/// A client's search words as PostgreSQL tsqueries: every word must match, however many; the words before the last
/// by their French stems ("boulangeries" finds "boulangerie"); the last one, still being typed, as the start of a
/// word as written, accents aside ("boul" finds "boulangerie", "ma" finds "maison" although "ma" is a French stop
/// word, "informatique" never finds "information"). Only letters and digits pass, so the text cannot inject
/// tsquery syntax.
/// </summary>
/// <param name="Text">The client's text.</param>
/// <param name="CompleteWords">The words before the last, as a French tsquery ("a &amp; b"), or null.</param>
/// <param name="LastWord">The last word, as a prefix tsquery ("c:*").</param>
public sealed record FullTextQuery(string Text, string? CompleteWords, string LastWord)
{
    /// <summary>In characters as a reader counts them (an emoji or an accented letter is one).</summary>
    public const int MaxLength = 200;

    public static bool IsTooLong(string text) => text.Length > MaxLength && new StringInfo(text).LengthInTextElements > MaxLength;

    /// <summary>The query, or null when the text has no word at all.</summary>
    public static FullTextQuery? Parse(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        // Composed form first, so that "e" + U+0301 is "é", one letter.
        foreach (var character in text.Normalize(NormalizationForm.FormC).Append(' '))
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(char.ToLowerInvariant(character));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var complete = words.Count > 1 ? string.Join(" & ", words.Take(words.Count - 1)) : null;
        return new FullTextQuery(text, complete, words[^1] + ":*");
    }

    /// <summary>Identifies the words for cursors: two texts with the same words search the same.</summary>
    public string Words => CompleteWords + " & " + LastWord;
}
