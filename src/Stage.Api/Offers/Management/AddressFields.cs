namespace Stage.Api.Offers.Management;

/// <summary>An offer's address as a client gives it; the country defaults to France.</summary>
public sealed record AddressFields(string? Street, string? PostalCode, string? City, string? CountryCode = "FR");
