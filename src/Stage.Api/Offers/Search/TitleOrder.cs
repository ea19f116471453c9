using System.Globalization;

namespace Stage.Api.Offers.Search;

/// <summary>
/// French alphabetical order ("Éclairagiste" between "Ébéniste" and "Fleuriste"), as the database's
/// ICU collation "fr-x-icu" sorts titles; ties between different strings fall back to their code points,
/// as PostgreSQL's deterministic collations do.
/// </summary>
public static class TitleOrder
{
    public const string Collation = "\"fr-x-icu\"";

    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    public static int Compare(string left, string right)
    {
        var order = French.Compare(left, right, CompareOptions.None);
        return order != 0 ? order : string.CompareOrdinal(left, right);
    }
}
