using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.Kit.Loading;

/// <summary>
/// The batches of one request (a scoped service): each field asks for its key and gets an
/// <see cref="IDataLoaderResult"/>; GraphQL.NET reads those results only once every field of the level has asked,
/// so the first read runs one query for all the keys collected, and the others share its answer.
/// </summary>
public sealed class BatchLoads(IServiceProvider services)
{
    private readonly ConcurrentDictionary<(object Query, object? State), object> _loaders = new();

    /// <summary>The result for <paramref name="key"/>, read with the others of its batch; <paramref name="state"/> separates batches (a viewer).</summary>
    public IDataLoaderResult<TResult> Load<TKey, TResult>(BatchQuery<TKey, TResult> query, TKey key, object? state = null) where TKey : notnull =>
        ((Loader<TKey, TResult>)_loaders.GetOrAdd((query, state), _ => new Loader<TKey, TResult>(query, state, services))).Load(key);

    private sealed class Loader<TKey, TResult>(BatchQuery<TKey, TResult> query, object? state, IServiceProvider services) where TKey : notnull
    {
        private readonly Lock _gate = new();
        private Batch _pending = new();

        public IDataLoaderResult<TResult> Load(TKey key)
        {
            lock (_gate)
            {
                _pending.Keys.Add(key);
                return new Result(this, _pending, key);
            }
        }

        /// <summary>Starts the batch's query on its first read; keys asked for later go to the next batch.</summary>
        private Task<Func<TKey, TResult>> ReadAsync(Batch batch, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (batch.Reading is null)
                {
                    if (ReferenceEquals(batch, _pending))
                    {
                        _pending = new Batch();
                    }

                    batch.Reading = query.Fetch(services, state, [.. batch.Keys], cancellationToken);
                }

                return batch.Reading;
            }
        }

        private sealed class Batch
        {
            public HashSet<TKey> Keys { get; } = [];

            public Task<Func<TKey, TResult>>? Reading { get; set; }
        }

        private sealed class Result(Loader<TKey, TResult> loader, Batch batch, TKey key) : IDataLoaderResult<TResult>
        {
            public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
                (await loader.ReadAsync(batch, cancellationToken))(key);

            async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
        }
    }
}

public static class BatchLoading
{
    public static IServiceCollection AddBatchLoading(this IServiceCollection services)
    {
        services.TryAddScoped<BatchLoads>();
        return services;
    }

    /// <summary>The result of <paramref name="query"/> for <paramref name="key"/>, batched with the request's other fields.</summary>
    public static IDataLoaderResult<TResult> Load<TKey, TResult>(this IResolveFieldContext context, BatchQuery<TKey, TResult> query, TKey key, object? state = null)
        where TKey : notnull =>
        context.RequestServices!.GetRequiredService<BatchLoads>().Load(query, key, state);

    /// <summary>A batched result shaped for the field (e.g. the first row of a list), still read with its batch.</summary>
    public static IDataLoaderResult<TField> Then<TResult, TField>(this IDataLoaderResult<TResult> result, Func<TResult, TField> shape) =>
        new Shaped<TResult, TField>(result, shape);

    private sealed class Shaped<TResult, TField>(IDataLoaderResult<TResult> inner, Func<TResult, TField> shape) : IDataLoaderResult<TField>
    {
        public async Task<TField> GetResultAsync(CancellationToken cancellationToken = default) => shape(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
