using System.Text.Json.Nodes;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>From a confirmed application to an agreement signed by all four signatories, through the API.</summary>
public sealed class AgreementJourneyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Read =
        "query ($id: ID!) { node(id: $id) { ... on Agreement { status pupilFirstName pupilLastName pupilBirthDate pupilClassName schoolName " +
        "hostName hostSiret hostAddress offerTitle startDate endDate weeks activityDescription pdfUrl signatures { role signerName signedAt } " +
        "history { from to authorRole note } application { id status } } } }";

    [Fact]
    public async Task Confirming_creates_a_draft_prefilled_from_the_pupil_the_offer_and_the_application()
    {
        var world = await new AgreementScenario(api).WorldAsync();

        var agreement = (await world.PupilClient.QueryAsync(Read, new { id = world.AgreementId }))["node"]!;

        Assert.Equal("DRAFT", agreement["status"]!.GetValue<string>());
        Assert.Equal("Léa", agreement["pupilFirstName"]!.GetValue<string>());
        Assert.Equal(world.Pupil.LastName, agreement["pupilLastName"]!.GetValue<string>());
        Assert.Equal("2010-05-12", agreement["pupilBirthDate"]!.GetValue<string>());
        Assert.Equal("2nde 4", agreement["pupilClassName"]!.GetValue<string>());
        Assert.Equal("Lycée Voltaire", agreement["schoolName"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupré", agreement["hostName"]!.GetValue<string>());
        Assert.Equal("12345678901234", agreement["hostSiret"]!.GetValue<string>());
        Assert.Equal("12 rue de la République, 75011 Paris", agreement["hostAddress"]!.GetValue<string>());
        Assert.Equal("Découverte du métier de boulanger", agreement["offerTitle"]!.GetValue<string>());
        Assert.Equal("2026-06-15", agreement["startDate"]!.GetValue<string>());
        Assert.Equal("2026-06-19", agreement["endDate"]!.GetValue<string>());
        Assert.Equal(["2026-W25"], agreement["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.StartsWith("Pétrissage", agreement["activityDescription"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(agreement["pdfUrl"]);
        Assert.Equal(world.ApplicationId, agreement["application"]!["id"]!.GetValue<string>());
        var created = Assert.Single(agreement["history"]!.AsArray())!;
        Assert.Null(created["from"]);
        Assert.Equal("DRAFT", created["to"]!.GetValue<string>());
        Assert.Equal("PUPIL", created["authorRole"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_four_signatories_sign_a_validated_agreement_the_legal_representative_through_a_single_use_token()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);

        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Head, "signAgreement", new { agreementId = world.AgreementId }));
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Host, "signAgreement", new { agreementId = world.AgreementId }));
        var twice = await AgreementScenario.RunAsync(world.Host, "signAgreement", new { agreementId = world.AgreementId });
        Assert.Equal("AlreadySignedError", twice["errors"]![0]!["__typename"]!.GetValue<string>());
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.PupilClient, "signAgreement", new { agreementId = world.AgreementId }));
        var token = await IssueTokenAsync(world);
        var signed = await SignWithTokenAsync(world.Anonymous, token);

        Assert.Null(signed["errors"]);
        Assert.Equal("LEGAL_REPRESENTATIVE", signed["signature"]!["role"]!.GetValue<string>());
        Assert.Equal("Cécile Martin", signed["signature"]!["signerName"]!.GetValue<string>());
        var reused = await SignWithTokenAsync(world.Anonymous, token);
        Assert.Equal("InvalidSigningTokenError", reused["errors"]![0]!["__typename"]!.GetValue<string>());

        var agreement = (await world.Teacher.QueryAsync(Read, new { id = world.AgreementId }))["node"]!;
        Assert.Equal("SIGNED_BY_ALL", agreement["status"]!.GetValue<string>());
        Assert.Equal(["SCHOOL_HEAD", "EMPLOYER", "PUPIL", "LEGAL_REPRESENTATIVE"],
            agreement["signatures"]!.AsArray().Select(s => s!["role"]!.GetValue<string>()));
        Assert.Equal(["Anne Proviseur", "Paul Dupré"], agreement["signatures"]!.AsArray().Take(2).Select(s => s!["signerName"]!.GetValue<string>()));
        Assert.EndsWith(".pdf", agreement["pdfUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            ["DRAFT", "COMPLETED_BY_EMPLOYER", "VALIDATED_BY_SCHOOL", "VALIDATED_BY_SCHOOL", "VALIDATED_BY_SCHOOL", "VALIDATED_BY_SCHOOL", "SIGNED_BY_ALL"],
            agreement["history"]!.AsArray().Select(e => e!["to"]!.GetValue<string>()));
        Assert.Null(agreement["history"]![6]!["authorRole"]);
    }

    [Fact]
    public async Task A_token_is_refused_once_replaced_and_signing_needs_a_validated_agreement()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        var early = await AgreementScenario.RunAsync(world.Head, "signAgreement", new { agreementId = world.AgreementId });
        Assert.Equal("DRAFT", early["errors"]![0]!["currentStatus"]!.GetValue<string>());
        await AgreementScenario.ValidateAsync(world);

        var first = await IssueTokenAsync(world);
        var second = await IssueTokenAsync(world);

        Assert.Equal("InvalidSigningTokenError", (await SignWithTokenAsync(world.Anonymous, first))["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("InvalidSigningTokenError", (await SignWithTokenAsync(world.Anonymous, "forged"))["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Null((await SignWithTokenAsync(world.Anonymous, second))["errors"]);
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM agreements WHERE signing_token_hash IS NOT NULL", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Withdrawing_deletes_the_agreement_and_keeps_its_history_with_the_deletion()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.PupilClient, "signAgreement", new { agreementId = world.AgreementId }));

        await ApplicationScenario.ChangeAsync(world.PupilClient, "withdrawApplication", world.ApplicationId);

        var application = await world.PupilClient.QueryAsync(
            "query ($id: ID!) { node(id: $id) { ... on Application { status agreement { id } agreementHistory { from to note } } } }",
            new { id = world.ApplicationId });
        Assert.Equal("WITHDRAWN", application["node"]!["status"]!.GetValue<string>());
        Assert.Null(application["node"]!["agreement"]);
        var deletion = application["node"]!["agreementHistory"]!.AsArray()[^1]!;
        Assert.Equal("VALIDATED_BY_SCHOOL", deletion["from"]!.GetValue<string>());
        Assert.Null(deletion["to"]);
        Assert.Equal(5, application["node"]!["agreementHistory"]!.AsArray().Count);
        var gone = await world.PupilClient.PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id = world.AgreementId });
        Assert.Contains("FORBIDDEN", gone.ErrorCodes);
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT from_status::text, author_role::text, note FROM agreement_events WHERE agreement_id = $1 ORDER BY id DESC LIMIT 1", connection);
        Api.Kit.Relay.GlobalId.TryDecode(world.AgreementId, out _, out var agreementId);
        command.Parameters.AddWithValue(agreementId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("validated_by_school", reader.GetString(0));
        Assert.Equal("pupil", reader.GetString(1));
        Assert.Contains("WITHDRAWN", reader.GetString(2), StringComparison.OrdinalIgnoreCase);
    }

    public static async Task<string> IssueTokenAsync(AgreementWorld world)
    {
        var issued = (await world.Teacher.QueryAsync(
            "mutation ($input: IssueAgreementSigningLinkInput!) { issueAgreementSigningLink(input: $input) { signingToken expiresAt errors { __typename } } }",
            new { input = new { agreementId = world.AgreementId } }))["issueAgreementSigningLink"]!;
        Assert.Null(issued["errors"]);
        return issued["signingToken"]!.GetValue<string>();
    }

    private static async Task<JsonNode> SignWithTokenAsync(GraphQLClient client, string token) =>
        (await client.QueryAsync(
            "mutation ($input: SignAgreementWithTokenInput!) { signAgreementWithToken(input: $input) { signature { role signerName signedAt } " +
            "errors { __typename ... on Error { message } } } }",
            new { input = new { token } }))["signAgreementWithToken"]!;
}
