using System.Diagnostics;
using System.Text.Json;
using Stage.Api.Applications;
using Stage.Api.Kit.Relay;

namespace Stage.Bench;

/// <summary>
/// Drives the run's status changes through the API's HTTP mutations on an open-loop schedule: change
/// <c>k</c> is due at <c>k / rate</c> seconds, whatever the answers' speed, with at most
/// <c>maxInFlight</c> awaiting their answer (past that the schedule slips, and the slip is reported).
/// Each change is made by the employer member whose offer the application is on, after the answer to the previous
/// change of the same application, as its one member would: when answers are slow, a later change (accepting) must not
/// overtake an earlier one (marking as read) of the same application, which would then be an invalid transition.
/// </summary>
public sealed class ChangeDriver(GraphQLHttp http, DeliveryLog log, int rate, int maxInFlight)
{
    private const string MarkRead = "mutation($id: ID!) { markApplicationRead(input: {applicationId: $id}) { errors { __typename } } }";
    private const string Accept = "mutation($id: ID!) { acceptApplication(input: {applicationId: $id}) { errors { __typename } } }";

    /// <summary>The largest delay between a change's due time and its sending, in milliseconds.</summary>
    public double MaxSlipMs { get; private set; }

    /// <summary>The changes sent per second, measured from the first sending to the last.</summary>
    public double AchievedRate { get; private set; }

    public async Task RunAsync(IReadOnlyList<BenchApplication> applications, Func<string, string> tokenOf, CancellationToken cancellationToken)
    {
        var requests = Enumerable.Range(0, log.Changes).Select(k =>
        {
            var application = applications[DeliveryLog.ApplicationOf(k, log.Active)];
            var body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                query = log.IsAccept(k) ? Accept : MarkRead,
                variables = new { id = GlobalId.Encode(ApplicationType.TypeName, application.Id) },
            });
            return (Body: body, Token: tokenOf(application.EmployerSubject));
        }).ToArray();
        var previousOfApplication = new Task?[log.Active];

        using var inFlight = new SemaphoreSlim(maxInFlight);
        var running = new List<Task>(requests.Length);
        var start = Stopwatch.GetTimestamp();
        for (var k = 0; k < requests.Length; k++)
        {
            var due = TimeSpan.FromSeconds((double)k / rate);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            await inFlight.WaitAsync(cancellationToken);
            MaxSlipMs = Math.Max(MaxSlipMs, (Stopwatch.GetElapsedTime(start) - due).TotalMilliseconds);
            var application = DeliveryLog.ApplicationOf(k, log.Active);
            var sending = SendAsync(k, requests[k].Body, requests[k].Token, previousOfApplication[application], inFlight, cancellationToken);
            previousOfApplication[application] = sending;
            running.Add(sending);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        AchievedRate = Math.Round(elapsed > 0 ? (requests.Length - 1) / elapsed : 0, 1);
        await Task.WhenAll(running);
    }

    private async Task SendAsync(int change, byte[] body, string token, Task? previous, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            if (previous is not null)
            {
                await previous;
            }

            log.Sent(change);
            string? error;
            try
            {
                error = await http.MutateAsync(body, token, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException && !cancellationToken.IsCancellationRequested)
            {
                error = $"{e.GetType().Name}: {e.Message}";
            }

            log.Answered(change, error);
        }
        finally
        {
            inFlight.Release();
        }
    }
}
