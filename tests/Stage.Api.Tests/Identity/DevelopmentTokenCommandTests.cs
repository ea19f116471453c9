using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.Identity;

/// <summary><c>./stage token</c>: one token on the output, accepted by the API; clear errors and exit code 2 otherwise.</summary>
public sealed class DevelopmentTokenCommandTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_printed_token_is_a_one_hour_hs256_jwt_the_api_accepts()
    {
        await using var db = api.CreateDbContext();
        var pupil = await db.AddPupilAsync(await db.AddUniqueSchoolAsync());

        var (exitCode, output, errors) = await RunAsync("--pupil", pupil.Ine.ToLowerInvariant());

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var jwt = new JsonWebToken(token);
        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal(TestTokens.DevelopmentIssuer, jwt.Issuer);
        Assert.Equal([TestTokens.DevelopmentAudience], jwt.Audiences);
        Assert.Equal("pupil:" + pupil.Ine, jwt.Subject);
        Assert.Equal(TimeSpan.FromHours(1), jwt.ValidTo - jwt.IssuedAt);
        Assert.Equal(jwt.IssuedAt, jwt.ValidFrom);

        var me = await api.GraphQLWithToken(token).QueryAsync("{ me { role pupil { lastName } } }");
        Assert.Equal("PUPIL", me["me"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_it_twice_reuses_the_account()
    {
        await using var db = api.CreateDbContext();
        var op = await db.AddOperatorAsync();

        Assert.Equal(0, (await RunAsync("--operator", op.Name)).ExitCode);
        Assert.Equal(0, (await RunAsync("--operator", op.Name.ToUpperInvariant())).ExitCode);

        Assert.Equal(1, await db.Accounts.CountAsync(a => a.OperatorId == op.Id));
    }

    [Fact]
    public async Task An_admin_account_is_created_when_missing()
    {
        var (exitCode, output, _) = await RunAsync("--admin", "Dominique");

        Assert.Equal(0, exitCode);
        await using var db = api.CreateDbContext();
        var account = await db.Accounts.SingleAsync(a => a.Subject == "admin:Dominique");
        Assert.Equal(AccountKind.Admin, account.Kind);
        var me = await api.GraphQLWithToken(output.Trim()).QueryAsync("{ me { role } }");
        Assert.Equal("ADMIN", me["me"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_employer_given_by_siret_gets_a_demo_member_once()
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddUniqueEmployerAsync();

        var first = await RunAsync("--employer", employer.Siret!);
        var second = await RunAsync("--employer", employer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, await db.EmployerMembers.CountAsync(m => m.EmployerId == employer.Id));
        var me = await api.GraphQLWithToken(second.Output.Trim()).QueryAsync("{ me { role employer { name } } }");
        Assert.Equal("EMPLOYER_MEMBER", me["me"]!["role"]!.GetValue<string>());
        Assert.Equal(employer.Name, me["me"]!["employer"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("--pupil", "999999999ZZ", "No pupil has the INE '999999999ZZ'.")]
    [InlineData("--staff", "nobody@ac-paris.fr", "No staff member has the email 'nobody@ac-paris.fr'.")]
    [InlineData("--employer", "nobody@example.fr", "No employer member has the email 'nobody@example.fr'.")]
    [InlineData("--employer", "99999999999999", "No employer has the SIRET or id '99999999999999'.")]
    [InlineData("--operator", "Nobody_%", "No operator is named 'Nobody_%'.")]
    public async Task An_unknown_person_is_a_clear_error_with_exit_code_2(string option, string value, string message)
    {
        var (exitCode, output, errors) = await RunAsync(option, value);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal("token: " + message, errors.Trim());
    }

    [Theory]
    [InlineData]
    [InlineData("--pupil")]
    [InlineData("--teacher", "x")]
    [InlineData("--pupil", "a", "--staff", "b")]
    public async Task Bad_arguments_print_the_usage_with_exit_code_2(params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("token: usage: token --pupil <INE>", errors, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await DevelopmentTokenCommand.RunAsync(api.Factory.Services, args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
