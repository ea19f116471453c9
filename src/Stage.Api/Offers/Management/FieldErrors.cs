using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management;

/// <summary>
/// Collects every invalid field of an input, each named by its path from <c>input</c>; a
/// <paramref name="prefix"/> places them inside a list item (<c>offers[3]</c> gives <c>offers[3].title</c>).
/// </summary>
public sealed class FieldErrors(string prefix = "")
{
    private readonly List<InvalidFieldError> _errors = [];

    public IReadOnlyList<InvalidFieldError> All => _errors;

    public bool IsEmpty => _errors.Count == 0;

    public string Path(string field) => prefix.Length == 0 ? field : prefix + "." + field;

    public void Add(string field, string message) => _errors.Add(new InvalidFieldError(Path(field), message));

    /// <summary>
    /// A trimmed text of 1 to <paramref name="maxLength"/> characters (or absent when <paramref name="required"/>
    /// is false: null, empty or blank give null); null and an error otherwise.
    /// </summary>
    public string? Text(string field, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(field, $"Required: 1 to {maxLength} characters.");
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters (got {text.Length}).");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            Add(field, "Must not contain NUL characters.");
            return null;
        }

        return text;
    }
}
