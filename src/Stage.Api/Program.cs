using Stage.Api;
using Stage.Api.Applications;
using Stage.Api.Commands;
using Stage.Api.Data;
using Stage.Api.GraphQL;
using Stage.Api.GraphQL.Http;
using Stage.Api.GraphQL.Ide;
using Stage.Api.Identity.Authentication;
using Stage.Api.Offers.Management;
using Stage.Api.Offers.Search;
using Stage.Api.Schools.Pupils;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStageDatabase();
builder.Services.AddStageGraphQL(builder.Configuration);
builder.Services.AddOfferSearch(builder.Configuration);
builder.Services.AddStageAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddApplications();
builder.Services.AddPupilManagement();
builder.Services.AddOfferManagement();
builder.Services.AddExceptionHandler<MaskedExceptionHandler>();
builder.Services.AddProblemDetails();

var app = builder.Build();
if (await StageCommands.TryRunAsync(app, args))
{
    return;
}

app.UseExceptionHandler();
app.UseStageAuthentication();
app.UseGraphiQL("/graphql");
app.MapGraphQLHttp("/graphql");
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Log(app));
await app.RunAsync();

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
