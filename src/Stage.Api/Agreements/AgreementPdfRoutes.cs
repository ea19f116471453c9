using System.Globalization;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools;

namespace Stage.Api.Agreements;

/// <summary>The URLs of agreement PDFs, relative to the API's root.</summary>
public static class AgreementPdfRoutes
{
    public const string TemplatePattern = "/agreements/template/{grade}.pdf";
    public const string FilledPattern = "/agreements/{id}.pdf";

    public static string Template(Grade grade) => $"/agreements/template/{grade.ToString().ToLower(CultureInfo.InvariantCulture)}.pdf";

    public static string Filled(long agreementId) => $"/agreements/{GlobalId.Encode(AgreementType.TypeName, agreementId)}.pdf";
}
