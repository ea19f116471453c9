using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>
/// Who may read and change an agreement, role by role and operation by operation. A refusal is FORBIDDEN
/// (UNAUTHENTICATED without a token), the same whether the agreement exists or not, and leaks nothing.
/// </summary>
public sealed class AgreementAuthorizationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public enum Role { Anonymous, OwnerPupil, OtherPupil, HostMember, OtherHostMember, OfferOperator, OtherOperator, SchoolHead, Teacher, OtherSchoolHead, Admin }

    private static readonly Role[] Readers = [Role.OwnerPupil, Role.HostMember, Role.OfferOperator, Role.SchoolHead, Role.Teacher, Role.Admin];
    private static readonly Role[] Hosts = [Role.HostMember, Role.OfferOperator];
    private static readonly Role[] School = [Role.SchoolHead, Role.Teacher];

    /// <summary>Each operation and the roles allowed to do it; everyone else is refused.</summary>
    private static readonly Dictionary<string, Role[]> Allowed = new()
    {
        ["node"] = Readers,
        ["history"] = Readers,
        ["updateAgreementEmployerPart"] = Hosts,
        ["completeAgreement"] = Hosts,
        ["updateAgreementSchoolPart"] = School,
        ["validateAgreement"] = School,
        ["issueAgreementSigningLink"] = School,
        ["signAgreement"] = [Role.OwnerPupil, Role.HostMember, Role.OfferOperator, Role.SchoolHead],
    };

    public static TheoryData<Role, string> Matrix()
    {
        var data = new TheoryData<Role, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var operation in Allowed.Keys)
            {
                data.Add(role, operation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reads_and_changes_only_its_own_part(Role role, string operation)
    {
        var world = await new AgreementScenario(api).WorldAsync();

        var response = await SendAsync(Client(world, role), operation, world.AgreementId);

        if (Allowed[operation].Contains(role))
        {
            Assert.DoesNotContain(response.ErrorCodes, c => c is "FORBIDDEN" or "UNAUTHENTICATED");
            Assert.NotNull(response.Data);
        }
        else
        {
            Assert.Contains(role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN", response.ErrorCodes);
            Assert.DoesNotContain("Pétrissage", response.Body?.ToJsonString() ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Role.OtherPupil)]
    [InlineData(Role.OtherHostMember)]
    [InlineData(Role.OtherOperator)]
    [InlineData(Role.OtherSchoolHead)]
    public async Task Guessing_a_missing_id_looks_like_guessing_someone_elses(Role role)
    {
        var world = await new AgreementScenario(api).WorldAsync();
        var missing = Api.Kit.Relay.GlobalId.Encode("Agreement", 987_654_321);
        foreach (var operation in Allowed.Keys)
        {
            var existing = await SendAsync(Client(world, role), operation, world.AgreementId);
            var absent = await SendAsync(Client(world, role), operation, missing);
            Assert.Equal(existing.ErrorCodes, absent.ErrorCodes);
            Assert.Equal(existing.Errors?[0]?["message"]?.GetValue<string>(), absent.Errors?[0]?["message"]?.GetValue<string>());
        }
    }

    private static Task<GraphQLResponse> SendAsync(GraphQLClient client, string operation, string id) => operation switch
    {
        "node" => client.PostAsync("query ($id: ID!) { node(id: $id) { ... on Agreement { status activityDescription } } }", new { id }),
        "history" => client.PostAsync("query ($id: ID!) { node(id: $id) { ... on Agreement { activityDescription history { to } } } }", new { id }),
        "updateAgreementEmployerPart" => AgreementScenario.MutateAsync(client, operation, new { agreementId = id, tutorName = "Quelqu'un" }),
        "updateAgreementSchoolPart" => AgreementScenario.MutateAsync(client, operation, new { agreementId = id, referentTeacherName = "Quelqu'un" }),
        "issueAgreementSigningLink" => client.PostAsync(
            "mutation ($input: IssueAgreementSigningLinkInput!) { issueAgreementSigningLink(input: $input) { signingToken agreement { activityDescription } " +
            "errors { __typename } } }", new { input = new { agreementId = id } }),
        _ => AgreementScenario.MutateAsync(client, operation, new { agreementId = id }),
    };

    private static GraphQLClient Client(AgreementWorld world, Role role) => role switch
    {
        Role.Anonymous => world.Anonymous,
        Role.OwnerPupil => world.PupilClient,
        Role.OtherPupil => world.OtherPupil,
        Role.HostMember => world.Host,
        Role.OtherHostMember => world.OtherHost,
        Role.OfferOperator => world.OfferOperator,
        Role.OtherOperator => world.OtherOperator,
        Role.SchoolHead => world.Head,
        Role.Teacher => world.Teacher,
        Role.OtherSchoolHead => world.OtherHead,
        _ => world.Admin,
    };
}
