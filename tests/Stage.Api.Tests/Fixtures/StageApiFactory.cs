using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// The real application (Program) against a test database, reached through its HTTP pipeline. Its school calendar
/// stands on <see cref="Today"/>, before the weeks of the tests' offers (2025-2026), so that they are all to come;
/// tests about dates move it.
/// </summary>
public sealed class StageApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    public static readonly DateOnly Today = new(2025, 8, 1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Stage:SchoolCalendar:Today", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Stage", connectionString);
        builder.UseSetting("Stage:Auth:Development:SigningKey", TestTokens.DevelopmentSigningKey);
    }
}
