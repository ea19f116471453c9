namespace Stage.Api.Kit.Filtering;

/// <summary>The operator names of HotChocolate's filtering conventions.</summary>
public static class FilterOperators
{
    public const string Eq = "eq";
    public const string Neq = "neq";
    public const string In = "in";
    public const string Nin = "nin";
    public const string Contains = "contains";
    public const string Ncontains = "ncontains";
    public const string StartsWith = "startsWith";
    public const string EndsWith = "endsWith";
    public const string Gt = "gt";
    public const string Gte = "gte";
    public const string Lt = "lt";
    public const string Lte = "lte";
    public const string Some = "some";
    public const string All = "all";
    public const string None = "none";
    public const string Any = "any";
    public const string And = "and";
    public const string Or = "or";
}
