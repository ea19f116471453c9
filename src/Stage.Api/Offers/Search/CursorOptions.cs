namespace Stage.Api.Offers.Search;

/// <summary>Settings of page cursors (configuration section "Stage:Cursors").</summary>
public sealed class CursorOptions
{
    public const string Section = "Stage:Cursors";

    /// <summary>
    /// Base64 key (at least 32 bytes) signing cursors. Every instance behind one address needs the same
    /// key; without one, each process draws its own and cursors do not survive a restart.
    /// </summary>
    public string? SigningKey { get; set; }
}
