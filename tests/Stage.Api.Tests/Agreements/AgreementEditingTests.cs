using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>Filling the parts: bounds on the fields, the steps' requirements, edits after signatures, idempotent retries.</summary>
public sealed class AgreementEditingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Field_rules_are_typed_errors_and_nothing_changes()
    {
        var world = await new AgreementScenario(api).WorldAsync();

        var tooLong = await AgreementScenario.RunAsync(world.Host, "updateAgreementEmployerPart",
            new { agreementId = world.AgreementId, tutorName = "Hélène", activityDescription = new string('é', 1501) });
        var threeDays = await AgreementScenario.RunAsync(world.Host, "updateAgreementEmployerPart",
            new { agreementId = world.AgreementId, dailyHours = AgreementScenario.ValidHours(3) });
        var badTime = await AgreementScenario.RunAsync(world.Host, "updateAgreementEmployerPart",
            new { agreementId = world.AgreementId, dailyHours = new[] { new { day = "MONDAY", start = "9h", lunchStart = "12:00", lunchEnd = "13:00", end = "17:00" } } });
        var badEmail = await AgreementScenario.RunAsync(world.Teacher, "updateAgreementSchoolPart",
            new { agreementId = world.AgreementId, legalRepresentativeEmail = "pas une adresse" });

        Assert.Equal("activityDescription", tooLong["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("dailyHours", threeDays["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("dailyHours[0].start", badTime["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("legalRepresentativeEmail", badEmail["errors"]![0]!["field"]!.GetValue<string>());
        var incomplete = await AgreementScenario.RunAsync(world.Host, "completeAgreement", new { agreementId = world.AgreementId });
        Assert.Equal(["tutorName", "tutorRole", "tutorEmail", "dailyHours"],
            incomplete["errors"]![0]!["missingFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        var early = await AgreementScenario.RunAsync(world.Teacher, "validateAgreement", new { agreementId = world.AgreementId });
        Assert.Equal("DRAFT", early["errors"]![0]!["currentStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editing_after_a_signature_reopens_the_agreement_and_the_history_names_the_invalidated_signatures()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Head, "signAgreement", new { agreementId = world.AgreementId }));
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.PupilClient, "signAgreement", new { agreementId = world.AgreementId }));
        var token = await AgreementJourneyTests.IssueTokenAsync(world);

        var edited = AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Host, "updateAgreementEmployerPart",
            new { agreementId = world.AgreementId, tutorName = "Marc Fournier" }));

        Assert.Equal("DRAFT", edited["status"]!.GetValue<string>());
        Assert.Empty(edited["signatures"]!.AsArray());
        var last = edited["history"]!.AsArray()[^1]!;
        Assert.Equal("VALIDATED_BY_SCHOOL", last["from"]!.GetValue<string>());
        Assert.Equal("DRAFT", last["to"]!.GetValue<string>());
        Assert.Equal("EMPLOYER_MEMBER", last["authorRole"]!.GetValue<string>());
        Assert.Contains("2 signature(s) invalidated (SchoolHead, Pupil)", last["note"]!.GetValue<string>(), StringComparison.Ordinal);
        var signed = await world.Anonymous.QueryAsync(
            "mutation ($input: SignAgreementWithTokenInput!) { signAgreementWithToken(input: $input) { errors { __typename } } }", new { input = new { token } });
        Assert.Equal("InvalidSigningTokenError", signed["signAgreementWithToken"]!["errors"]![0]!["__typename"]!.GetValue<string>());

        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Host, "completeAgreement", new { agreementId = world.AgreementId }));
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Head, "validateAgreement", new { agreementId = world.AgreementId }));
        AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Head, "signAgreement", new { agreementId = world.AgreementId }));
        var schoolEdit = AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Teacher, "updateAgreementSchoolPart",
            new { agreementId = world.AgreementId, referentTeacherName = "Inès Nouvelle" }));
        Assert.Equal("COMPLETED_BY_EMPLOYER", schoolEdit["status"]!.GetValue<string>());
        Assert.Contains("1 signature(s) invalidated (SchoolHead)", schoolEdit["history"]!.AsArray()[^1]!["note"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_a_required_field_after_validation_reopens_the_agreement()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);

        var cleared = AgreementScenario.AssertDone(await AgreementScenario.RunAsync(world.Teacher, "updateAgreementSchoolPart",
            new { agreementId = world.AgreementId, legalRepresentativeName = (string?)null }));
        var refused = await AgreementScenario.RunAsync(world.Teacher, "validateAgreement", new { agreementId = world.AgreementId });

        Assert.Equal("COMPLETED_BY_EMPLOYER", cleared["status"]!.GetValue<string>());
        Assert.Equal(["legalRepresentativeName"], refused["errors"]![0]!["missingFields"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_signs_once_and_answers_the_same()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);

        var first = await AgreementScenario.RunAsync(world.Host, "signAgreement", new { agreementId = world.AgreementId, idempotencyKey = "sign-1" });
        var retry = await AgreementScenario.RunAsync(world.Host, "signAgreement", new { agreementId = world.AgreementId, idempotencyKey = "sign-1" });
        var reused = await AgreementScenario.RunAsync(world.Host, "completeAgreement", new { agreementId = world.AgreementId, idempotencyKey = "sign-1" });

        Assert.Null(first["errors"]);
        Assert.Null(retry["errors"]);
        Assert.Single(retry["agreement"]!["signatures"]!.AsArray());
        Assert.Equal("IdempotencyKeyReusedError", reused["errors"]![0]!["__typename"]!.GetValue<string>());
    }
}
