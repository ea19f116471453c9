namespace Stage.Api.Offers.Search;

/// <summary>Limits of offer searches (configuration section "Stage:Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "Stage:Search";

    /// <summary>The radius when <c>near</c> gives none: 60 km, the national platform's default.</summary>
    public double DefaultRadiusKm { get; set; } = 60;

    /// <summary>The largest radius a client may ask for.</summary>
    public double MaxRadiusKm { get; set; } = 200;
}
