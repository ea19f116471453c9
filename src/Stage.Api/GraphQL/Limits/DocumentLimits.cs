using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Refuses documents that are too long, too deep, too wide or alias too much before they are validated:
/// validation itself (overlapping fields above all) costs time in proportion to such shapes. Runs after
/// <see cref="ValidatedDocumentCache"/>, parsing the documents it misses once for both.
/// </summary>
public sealed class DocumentLimits(IOptionsMonitor<QueryLimitsOptions> limitsOptions) : IConfigureExecution
{
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limits = limitsOptions.CurrentValue;
        if (options.Query is { } query && query.Length > limits.MaxDocumentLength)
        {
            return ExecutionResults.Refused(ErrorCodes.DocumentTooLong, $"The document is {query.Length} characters long; the maximum is {limits.MaxDocumentLength}.");
        }

        if (options.Document is null)
        {
            try
            {
                options.Document = TryParse(options.Query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return ExecutionResults.Refused(ErrorCodes.MaxDepthExceeded, "The document is nested deeper than the parser allows.");
            }

            if (options.Document is null)
            {
                return await next(options); // the executer reports the syntax error
            }
        }

        var shape = DocumentShape.Measure(options.Document);
        if (shape.Depth > limits.MaxDepth)
        {
            return ExecutionResults.Refused(ErrorCodes.MaxDepthExceeded, $"The document is {shape.Depth} fields deep; the maximum is {limits.MaxDepth}.");
        }

        if (shape.Aliases > limits.MaxAliases)
        {
            return ExecutionResults.Refused(ErrorCodes.TooManyAliases, $"The document has {shape.Aliases} aliases; the maximum is {limits.MaxAliases}.");
        }

        if (shape.RootFields > limits.MaxRootFields)
        {
            return ExecutionResults.Refused(ErrorCodes.TooManyRootFields, $"An operation selects {shape.RootFields} root fields; the maximum is {limits.MaxRootFields}.");
        }

        return await next(options);
    }

    private static GraphQLDocument? TryParse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParserException error) when (error is not GraphQLMaxDepthExceededException)
        {
            return null;
        }
    }
}
