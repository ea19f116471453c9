using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Kit.Paging;

/// <summary>Page sizes of every connection (configuration section "Stage:Paging").</summary>
public sealed class PagingOptions
{
    public const string Section = "Stage:Paging";

    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;
}

/// <summary>
/// Which page a client asked for: <paramref name="Size"/> items after <paramref name="Cursor"/> (forward,
/// from <c>first/after</c>) or before it (backward, from <c>last/before</c>); no cursor means from the start or the end.
/// </summary>
public sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    /// <summary>The argument the cursor came from, named by errors about it.</summary>
    public string CursorArgument => Backward ? "before" : "after";
}

/// <summary>
/// Reads <c>first/after/last/before</c> the same way for every connection. A mistake is an
/// <see cref="InvalidArgumentError"/> naming the argument that conflicts or is out of range.
/// </summary>
public static class PageArguments
{
    public static PageRequest Read(IResolveFieldContext context, PagingOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        if (first is not null && last is not null)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "last", "Give `first` (with `after`) or `last` (with `before`), not both.");
        }

        if (after is not null && (before is not null || last is not null))
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "after", "`after` pages forward: use it with `first`, not with `last` or `before`.");
        }

        if (before is not null && first is not null)
        {
            throw new InvalidArgumentError(ErrorCodes.InvalidPagination, "before", "`before` pages backward: use it with `last`, not with `first`.");
        }

        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0 || value > options.MaxPageSize)
            {
                throw new InvalidArgumentError(ErrorCodes.InvalidPageSize, name, $"`{name}` must be between 0 and {options.MaxPageSize}.");
            }
        }

        var backward = last is not null || before is not null;
        return new PageRequest(first ?? last ?? options.DefaultPageSize, backward, backward ? before : after);
    }
}

/// <summary>The one refusal of a cursor that does not belong to the list, order or search it is given to.</summary>
public static class PageCursors
{
    public static InvalidArgumentError Invalid(string argument) =>
        new(ErrorCodes.InvalidCursor, argument, "This cursor is not valid here: it was altered, or it comes from another list, order or search.");
}

public static class PagingSetup
{
    /// <summary>Page sizes, the cursor key, the one <see cref="CursorSigner"/> every kind of cursor uses and the keyset cursor codec.</summary>
    public static IServiceCollection AddPaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PagingOptions>(configuration.GetSection(PagingOptions.Section));
        services.Configure<CursorOptions>(configuration.GetSection(CursorOptions.Section));
        services.AddSingleton<CursorSigner>();
        services.AddSingleton<KeysetCursors>();
        return services;
    }
}

public static class PageArgumentsDeclaration
{
    /// <summary>Declares <c>first/after/last/before</c>, described for nodes called <paramref name="plural"/> and <paramref name="singular"/>.</summary>
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, PagingOptions options, string plural, string singular) =>
        field
            .Argument<IntGraphType>("first", $"How many {plural} from the start or after `after`: 0 to {options.MaxPageSize}, default {options.DefaultPageSize}.")
            .Argument<StringGraphType>("after", $"A cursor: the page starts after this {singular}.")
            .Argument<IntGraphType>("last", $"How many {plural} from the end or before `before`: 0 to {options.MaxPageSize}.")
            .Argument<StringGraphType>("before", $"A cursor: the page ends before this {singular}.");
}
