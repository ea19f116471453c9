namespace Stage.Api.Offers.Management;

/// <summary>Validated employer details: trimmed, the SIRET as 14 digits.</summary>
public sealed record ValidEmployer(string Name, HostKind Kind, string? Description, string? Website, string? Siret)
{
    /// <summary>How an operator's employers are matched: by SIRET when given, else by name (any case) and kind.</summary>
    public string MatchKey => Siret is not null ? "siret:" + Siret : $"name:{Kind}:{Name.ToUpperInvariant()}";
}
