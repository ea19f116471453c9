using Stage.Api.Kit.Relay;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>
/// Who may manage which offer: its employer's members, or the operator that published it. Others are
/// FORBIDDEN (UNAUTHENTICATED without a token), the same whether the offer exists or not.
/// </summary>
public sealed class OfferAuthorizationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public enum Role { Anonymous, Pupil, Staff, OwnerMember, OtherEmployerMember, OwnerOperator, OtherOperator }

    private static readonly string[] Changes = ["updateOffer", "publishOffer", "unpublishOffer", "removeOffer"];

    private readonly OfferPeople _people = new(api);

    public static TheoryData<Role, bool, string> Matrix()
    {
        var data = new TheoryData<Role, bool, string>();
        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var operatorOffer in new[] { false, true })
            {
                foreach (var change in Changes)
                {
                    data.Add(role, operatorOffer, change);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_the_offers_owner_changes_it(Role role, bool operatorOffer, string change)
    {
        var world = await WorldAsync(operatorOffer);
        var client = ClientFor(world, role);
        var owner = role == (operatorOffer ? Role.OwnerOperator : Role.OwnerMember);

        var response = await client.SendAsync(change, Input(change, world.OfferId));

        if (owner)
        {
            Assert.Null(response.Errors);
            Assert.Null(response.Data![change]!["errors"]);
        }
        else
        {
            Assert.Equal([role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN"], response.ErrorCodes);
            Assert.DoesNotContain(world.Title, response.Body!.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Role.Anonymous, "UNAUTHENTICATED")]
    [InlineData(Role.Pupil, "FORBIDDEN")]
    [InlineData(Role.Staff, "FORBIDDEN")]
    public async Task Only_employer_members_and_operators_create_offers(Role role, string code)
    {
        var world = await WorldAsync(operatorOffer: false);

        var response = await ClientFor(world, role).SendAsync("createOffer", OfferInputs.College());

        Assert.Equal([code], response.ErrorCodes);
    }

    [Theory]
    [InlineData(Role.OtherEmployerMember)]
    [InlineData(Role.OtherOperator)]
    public async Task An_offer_that_does_not_exist_looks_like_one_that_is_not_yours(Role role)
    {
        var world = await WorldAsync(operatorOffer: role == Role.OtherEmployerMember);
        var client = ClientFor(world, role);
        var missing = GlobalId.Encode("Offer", 987_654_321);
        foreach (var change in Changes)
        {
            var existing = await client.SendAsync(change, Input(change, world.OfferId));
            var absent = await client.SendAsync(change, Input(change, missing));
            Assert.Equal(["FORBIDDEN"], existing.ErrorCodes);
            Assert.Equal(existing.ErrorCodes, absent.ErrorCodes);
            Assert.Equal(existing.Errors![0]!["message"]!.GetValue<string>(), absent.Errors![0]!["message"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_operator_cannot_use_another_operators_employer()
    {
        var world = await WorldAsync(operatorOffer: true);

        var payload = await world.OtherOperator.MutateAsync("createOffer", OfferInputs.Seconde().With("employerId", world.EmployerId));

        Assert.Equal(["employerId"], OfferManagementClient.Fields(payload));
    }

    [Fact]
    public async Task The_members_of_an_operators_offers_employer_do_not_change_that_offer()
    {
        var world = await WorldAsync(operatorOffer: true);
        Assert.True(GlobalId.TryDecode(world.EmployerId, out _, out var employerId));
        await using var db = api.CreateDbContext();
        var member = new Stage.Api.Identity.EmployerMember
        {
            EmployerId = employerId, FirstName = "Inès", LastName = "Dupré", Email = $"ines{employerId}@reseau.example",
        };
        db.EmployerMembers.Add(member);
        await db.SaveChangesAsync();
        var client = await _people.Scenario.AsEmployerAsync(member);

        var response = await client.SendAsync("publishOffer", new { offerId = world.OfferId });

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    private static object Input(string change, string offerId) =>
        change == "updateOffer" ? new { offerId, seats = 4 } : new { offerId };

    private sealed record World(
        string OfferId, string Title, string EmployerId, GraphQLClient Anonymous, GraphQLClient Pupil, GraphQLClient Staff, GraphQLClient OwnerMember,
        GraphQLClient OtherEmployerMember, GraphQLClient OwnerOperator, GraphQLClient OtherOperator);

    private async Task<World> WorldAsync(bool operatorOffer)
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var (otherMember, _) = await _people.EmployerMemberAsync();
        var op = await _people.OperatorAsync();
        var otherOp = await _people.OperatorAsync();
        var title = "Offre confidentielle " + Guid.NewGuid().ToString("N");
        var offer = operatorOffer
            ? await op.SucceedAsync("createOffer", OfferInputs.College(title).With("newEmployer", OfferInputs.NewEmployer()))
            : await member.SucceedAsync("createOffer", OfferInputs.College(title));
        return new World(offer["id"]!.GetValue<string>(), title, offer["employer"]!["id"]!.GetValue<string>(), _people.Anonymous,
            await _people.PupilAsync(), await _people.StaffAsync(), member, otherMember, op, otherOp);
    }

    private static GraphQLClient ClientFor(World world, Role role) => role switch
    {
        Role.Anonymous => world.Anonymous,
        Role.Pupil => world.Pupil,
        Role.Staff => world.Staff,
        Role.OwnerMember => world.OwnerMember,
        Role.OtherEmployerMember => world.OtherEmployerMember,
        Role.OwnerOperator => world.OwnerOperator,
        _ => world.OtherOperator,
    };
}
