namespace Stage.Api.Agreements.Templates;

/// <summary>Who fills a section of the agreement.</summary>
public enum AgreementFiller
{
    /// <summary>Pre-filled by the platform from the pupil, the offer and the application.</summary>
    Platform,
    Employer,
    School,
}
