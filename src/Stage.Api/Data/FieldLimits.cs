namespace Stage.Api.Data;

/// <summary>Maximum lengths of text fields, from the real platform's rules where it has one.</summary>
public static class FieldLimits
{
    public const int OfferTitle = 150;
    public const int OfferDescription = 1500;
    public const int EmployerName = 150;
    public const int EmployerDescription = 275;
    public const int Website = 560;
    public const int RemoteId = 100;
    public const int Street = 300;
    public const int PostalCode = 10;
    public const int City = 120;
    public const int PersonName = 100;
    public const int Email = 320;
    public const int SchoolName = 200;
    public const int ClassName = 30;
    public const int OperatorName = 150;
    public const int IdentityPart = 255;
}
