using System.Globalization;
using Stage.Api.Offers;

namespace Stage.Api.Agreements.Pdf;

/// <summary>An agreement's values as the PDF prints them, by template field key, in French formats.</summary>
public static class AgreementValues
{
    private static readonly CultureInfo s_french = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo s_paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static IReadOnlyDictionary<string, string?> Of(Agreement agreement) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["pupilLastName"] = agreement.PupilLastName,
        ["pupilFirstName"] = agreement.PupilFirstName,
        ["pupilBirthDate"] = Date(agreement.PupilBirthDate),
        ["pupilClassName"] = agreement.PupilClassName,
        ["schoolName"] = agreement.SchoolName,
        ["schoolAddress"] = agreement.SchoolAddress,
        ["hostName"] = agreement.HostName,
        ["hostSiret"] = agreement.HostSiret,
        ["hostAddress"] = agreement.HostAddress,
        ["offerTitle"] = agreement.OfferTitle,
        ["startDate"] = Date(agreement.StartDate),
        ["endDate"] = Date(agreement.EndDate),
        ["weeks"] = string.Join(", ", agreement.Weeks.Select(IsoWeek.Format)),
        ["tutorName"] = agreement.TutorName,
        ["tutorRole"] = agreement.TutorRole,
        ["tutorEmail"] = agreement.TutorEmail,
        ["tutorPhone"] = agreement.TutorPhone,
        ["activityDescription"] = agreement.ActivityDescription,
        ["dailyHours"] = string.Join("\n", DailyHoursJson.Read(agreement.DailyHours).Select(Hours)),
        ["schoolHeadName"] = agreement.SchoolHeadName,
        ["referentTeacherName"] = agreement.ReferentTeacherName,
        ["referentTeacherEmail"] = agreement.ReferentTeacherEmail,
        ["legalRepresentativeName"] = agreement.LegalRepresentativeName,
        ["legalRepresentativeEmail"] = agreement.LegalRepresentativeEmail,
    };

    /// <summary>"Signé par Anne Proviseur (chef d'établissement) le 16/06/2026 à 10:05 (heure de Paris)".</summary>
    public static string SignatureLine(AgreementSignature signature)
    {
        var local = TimeZoneInfo.ConvertTime(signature.SignedAt, s_paris);
        return $"Signé par {signature.SignerName} ({RoleName(signature.Role)}) le {local.ToString("dd/MM/yyyy 'à' HH:mm", s_french)} (heure de Paris)";
    }

    private static string RoleName(Signatory role) => role switch
    {
        Signatory.SchoolHead => "chef d'établissement",
        Signatory.Employer => "structure d'accueil",
        Signatory.Pupil => "élève",
        _ => "représentant légal",
    };

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", s_french);

    private static string Hours(DailyHours day) =>
        $"{s_french.DateTimeFormat.GetDayName((DayOfWeek)(((int)day.Day + 1) % 7))} : {DailyHoursJson.Format(day.Start)}–{DailyHoursJson.Format(day.LunchStart)}, " +
        $"{DailyHoursJson.Format(day.LunchEnd)}–{DailyHoursJson.Format(day.End)}";
}
