using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// Documents registered by clients through Apollo's automatic persisted queries, by hex digest, in this
/// instance's memory: a client that misses (another instance, a restart) gets PERSISTED_QUERY_NOT_FOUND and
/// sends the document again, as the protocol expects. Bounded: when full it starts over.
/// </summary>
public sealed class AutomaticPersistedQueries(IOptions<PersistedOperationsOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);

    public void Register(string hash, string document)
    {
        if (_documents.Count >= options.Value.MaxAutomaticEntries)
        {
            _documents.Clear();
        }

        _documents[hash] = document;
    }
}
