using Stage.Api.Schools;

namespace Stage.Api.Agreements;

/// <summary>
/// The internship agreement ("convention de stage") of a confirmed application. The pre-filled part is a
/// snapshot taken on confirmation (a contract says what was agreed, not what the profiles say today).
/// </summary>
public sealed class Agreement
{
    public long Id { get; set; }
    public long ApplicationId { get; set; }
    public long PupilId { get; set; }
    public AgreementStatus Status { get; set; }

    public required string PupilFirstName { get; set; }
    public required string PupilLastName { get; set; }
    public DateOnly PupilBirthDate { get; set; }
    public required string PupilClassName { get; set; }
    public Grade Grade { get; set; }
    public required string SchoolName { get; set; }
    public required string SchoolAddress { get; set; }
    public required string HostName { get; set; }
    public string? HostSiret { get; set; }
    public required string HostAddress { get; set; }
    public required string OfferTitle { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public DateOnly[] Weeks { get; set; } = [];

    public string? TutorName { get; set; }
    public string? TutorRole { get; set; }
    public string? TutorEmail { get; set; }
    public string? TutorPhone { get; set; }
    public string? ActivityDescription { get; set; }

    /// <summary>JSON array of <see cref="DailyHours"/>, as the employer gave them.</summary>
    public string? DailyHours { get; set; }

    public string? SchoolHeadName { get; set; }
    public string? ReferentTeacherName { get; set; }
    public string? ReferentTeacherEmail { get; set; }
    public string? LegalRepresentativeName { get; set; }
    public string? LegalRepresentativeEmail { get; set; }

    /// <summary>SHA-256 of the legal representative's single-use signing token; the token itself is never stored.</summary>
    public byte[]? SigningTokenHash { get; set; }
    public DateTimeOffset? SigningTokenExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset StatusChangedAt { get; set; }
}
