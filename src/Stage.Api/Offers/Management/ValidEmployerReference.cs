namespace Stage.Api.Offers.Management;

/// <summary>A validated employer reference: an employer's database id, or validated details; both null for employer members.</summary>
public sealed record ValidEmployerReference(long? EmployerId, ValidEmployer? NewEmployer);
