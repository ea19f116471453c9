namespace Stage.Api.Offers.Management;

/// <summary>A host structure's details, as an operator gives them for an offer's new (or matching) employer.</summary>
public sealed record EmployerDraft(string? Name, HostKind? Kind, string? Description, string? Website, string? Siret);
