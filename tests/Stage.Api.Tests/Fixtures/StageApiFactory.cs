using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Stage.Api.Tests.Fixtures;

/// <summary>The real application (Program) against a test database, reached through its HTTP pipeline.</summary>
public sealed class StageApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Stage", connectionString);
        builder.UseSetting("Stage:Auth:Development:SigningKey", TestTokens.DevelopmentSigningKey);
    }
}
