namespace Stage.Api.Schools.PreRegistration;

/// <summary>The bounds of one pre-registration call.</summary>
public static class PreRegistrationLimits
{
    /// <summary>The most pupils one call registers: a large lycée's whole 2nde year fits in one call.</summary>
    public const int MaxPupils = 1_000;
}
