using Stage.Api;
using Stage.Api.ApiKeys;
using Stage.Api.Agreements;
using Stage.Api.Agreements.Pdf;
using Stage.Api.Applications;
using Stage.Api.Commands;
using Stage.Api.Data;
using Stage.Api.Embed;
using Stage.Api.Events;
using Stage.Api.GraphQL;
using Stage.Api.GraphQL.Http;
using Stage.Api.Health;
using Stage.Api.GraphQL.Ide;
using Stage.Api.Geography;
using Stage.Api.Identity.Authentication;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Loading;
using Stage.Api.Kit.Paging;
using Stage.Api.Observability;
using Stage.Api.Offers.Management;
using Stage.Api.Offers.Search;
using Stage.Api.Offers.Subscriptions;
using Stage.Api.RateLimits;
using Stage.Api.Pupils;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddStageDatabase();
builder.Services.AddStageGraphQL(builder.Configuration);
builder.Services.AddBatchLoading();
builder.Services.AddPaging(builder.Configuration);
builder.Services.AddOfferSearch(builder.Configuration);
builder.Services.AddStageAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddIdempotency();
builder.Services.AddApplications();
builder.Services.AddAgreements();
builder.Services.AddPupilManagement();
builder.Services.AddOfferManagement();
builder.Services.AddRealtimeEvents(builder.Configuration);
builder.Services.AddOfferSeatsEvents();
builder.Services.AddOfferPublicationEvents();
builder.Services.AddApiKeys(builder.Configuration);
builder.Services.AddCostRateLimits(builder.Configuration);
builder.Services.AddStageHealth();
builder.Services.AddOfferSearchEmbed(builder.Configuration);
builder.Services.AddStageObservability(builder.Configuration);
builder.Services.AddExceptionHandler<MaskedExceptionHandler>();
builder.Services.AddProblemDetails();

var app = builder.Build();
if (await StageCommands.TryRunAsync(app, args))
{
    return;
}

app.UseRequestId();
app.UseExceptionHandler();
app.UseOfferSearchEmbed();
app.UseStageAuthentication();
app.UseWebSockets();
app.UseApiKeys();
app.UseCostRateLimits();
app.UseGraphiQL("/graphql");
app.MapGraphQLHttp("/graphql");
app.MapStageHealth();
app.MapAgreementPdfs();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Log(app));
app.Lifetime.ApplicationStarted.Register(PlaceDirectory.LoadInBackground);
await app.RunAsync();

/// <summary>The entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
