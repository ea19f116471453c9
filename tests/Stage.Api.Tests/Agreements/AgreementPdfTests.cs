using System.Net;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>The model agreements (GraphQL and blank PDFs) and the filled PDF only the agreement's parties can fetch.</summary>
public sealed class AgreementPdfTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string TemplateQuery =
        "query ($grade: Grade!) { agreementTemplate(grade: $grade) { grade title reference pdfUrl legalMentions " +
        "sections { title filledBy fields { key label } } signatories { role label } } }";

    [Fact]
    public async Task The_model_agreement_of_each_grade_has_french_sections_mentions_and_a_blank_pdf()
    {
        var seconde = (await api.GraphQL.QueryAsync(TemplateQuery, new { grade = "SECONDE" }))["agreementTemplate"]!;
        var troisieme = (await api.GraphQL.QueryAsync(TemplateQuery, new { grade = "TROISIEME" }))["agreementTemplate"]!;

        Assert.Contains("seconde générale et technologique", seconde["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("troisième", troisieme["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("ministère", seconde["reference"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(seconde["legalMentions"]!.AsArray(), m => m!.GetValue<string>().Contains("26 juin 2026", StringComparison.Ordinal));
        Assert.DoesNotContain(troisieme["legalMentions"]!.AsArray(), m => m!.GetValue<string>().Contains("26 juin 2026", StringComparison.Ordinal));
        var labels = seconde["sections"]!.AsArray().SelectMany(s => s!["fields"]!.AsArray()).ToDictionary(
            f => f!["key"]!.GetValue<string>(), f => f!["label"]!.GetValue<string>());
        Assert.Equal("Nom du tuteur", labels["tutorName"]);
        Assert.Equal("Établissement", labels["schoolName"]);
        Assert.Equal(4, seconde["signatories"]!.AsArray().Count);
        Assert.Equal("/agreements/template/seconde.pdf", seconde["pdfUrl"]!.GetValue<string>());

        var http = api.Factory.CreateClient();
        using var response = await http.GetAsync(troisieme["pdfUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Convention relative à l'organisation d'une séquence d'observation", text, StringComparison.Ordinal);
        Assert.Contains("élèves de troisième (collège)", text, StringComparison.Ordinal);
        Assert.Contains("Établissement :", text, StringComparison.Ordinal);
        Assert.Contains("manœuvre", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/agreements/template/cinquieme.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/agreements/template/1.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_filled_pdf_shows_the_pupil_the_host_the_dates_and_each_signature_to_the_parties_only()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        var draftUrl = $"/agreements/{world.AgreementId}.pdf";
        Assert.Equal(HttpStatusCode.NotFound, (await world.PupilClient.Http.GetAsync(draftUrl)).StatusCode);
        await AgreementScenario.ValidateAsync(world);
        foreach (var signer in new[] { world.Head, world.Host, world.PupilClient })
        {
            AgreementScenario.AssertDone(await AgreementScenario.RunAsync(signer, "signAgreement", new { agreementId = world.AgreementId }));
        }

        var url = (await world.PupilClient.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Agreement { pdfUrl } } }",
            new { id = world.AgreementId }))["node"]!["pdfUrl"]!.GetValue<string>();
        using var response = await world.PupilClient.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Prénom : Léa", text, StringComparison.Ordinal);
        Assert.Contains(world.Pupil.LastName, text, StringComparison.Ordinal);
        Assert.Contains("Raison sociale : Boulangerie Dupré", text, StringComparison.Ordinal);
        Assert.Contains("Date de début : 15/06/2026", text, StringComparison.Ordinal);
        Assert.Contains("Date de fin : 19/06/2026", text, StringComparison.Ordinal);
        Assert.Contains("Nom du tuteur : Hélène Boulanger", text, StringComparison.Ordinal);
        Assert.Contains("lundi : 09:00–12:00, 13:00–17:00", text, StringComparison.Ordinal);
        Assert.Contains("Signé par Anne Proviseur (chef d'établissement) le ", text, StringComparison.Ordinal);
        Assert.Contains("Signé par Paul Dupré (structure d'accueil) le ", text, StringComparison.Ordinal);
        Assert.Contains($"Signé par Léa {world.Pupil.LastName} (élève) le ", text, StringComparison.Ordinal);
        Assert.Matches(@"\(élève\) le \d{2}/\d{2}/\d{4} à \d{2}:\d{2} \(heure de Paris\)", text);
        Assert.Contains("Le représentant légal de l'élève : ....", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await world.Host.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Teacher.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Outsiders_get_the_same_404_as_for_a_missing_agreement_and_anonymous_requests_a_401()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);
        var url = $"/agreements/{world.AgreementId}.pdf";
        var missing = $"/agreements/{Api.Kit.Relay.GlobalId.Encode("Agreement", 987_654_321)}.pdf";

        foreach (var outsider in new[] { world.OtherPupil, world.OtherHost, world.OtherHead })
        {
            using var theirs = await outsider.Http.GetAsync(url);
            using var absent = await outsider.Http.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
            Assert.Equal(await absent.Content.ReadAsStringAsync(), await theirs.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await world.Anonymous.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.PupilClient.Http.GetAsync("/agreements/not-an-id.pdf")).StatusCode);
    }
}
