using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Agreements.Templates;
using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Agreements.Pdf;

/// <summary>
/// The agreement PDFs over HTTP: the blank models for anyone; a validated agreement for its parties only,
/// with the same bearer token as /graphql (none: 401; not a party, missing or not yet validated: the same 404).
/// </summary>
public static class AgreementPdfEndpoints
{
    private const string PdfType = "application/pdf";
    private static readonly ConcurrentDictionary<Grade, byte[]> s_blank = new();

    public static IEndpointRouteBuilder MapAgreementPdfs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AgreementPdfRoutes.TemplatePattern, (string grade) =>
            Enum.TryParse<Grade>(grade, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(grade[0])
                ? Results.File(s_blank.GetOrAdd(parsed, g => AgreementPdf.Render(AgreementTemplates.For(g), null, null)), PdfType)
                : Results.NotFound());
        endpoints.MapGet(AgreementPdfRoutes.FilledPattern, FilledAsync);
        return endpoints;
    }

    private static async Task<IResult> FilledAsync(string id, HttpContext http, IDbContextFactory<StageDbContext> databases)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        if (http.Features.Get<Viewer>() is not { } viewer)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Unauthorized();
        }

        if (!GlobalId.TryDecode(id, out var type, out var agreementId) || type != AgreementType.TypeName)
        {
            return Results.NotFound();
        }

        await using var db = await databases.CreateDbContextAsync(http.RequestAborted);
        var agreement = await db.Agreements.AsNoTracking().VisibleTo(db, viewer)
            .SingleOrDefaultAsync(a => a.Id == agreementId && a.Status >= AgreementStatus.ValidatedBySchool, http.RequestAborted);
        if (agreement is null)
        {
            return Results.NotFound();
        }

        var signatures = await db.AgreementSignatures.AsNoTracking().Where(s => s.AgreementId == agreementId).ToListAsync(http.RequestAborted);
        var pdf = AgreementPdf.Render(AgreementTemplates.For(agreement.Grade), AgreementValues.Of(agreement), signatures);
        return Results.File(pdf, PdfType, $"convention-{agreement.PupilLastName}.pdf".Replace(' ', '-'));
    }
}
