using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Stage.Api.GraphQL.Errors;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// Parses the document of a GET request up front, because only queries may come by GET (and subscriptions, on
/// an event stream, which is how browsers' EventSource asks): a mutation is refused with 405 before anything
/// runs. Syntax errors are left to the executer to report.
/// </summary>
public static class GetRequestDocument
{
    public static GraphQLDocument? ParseQueryOnly(string query, string? operationName, bool allowSubscription = false)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return null;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || string.Equals(o.Name?.StringValue, operationName, StringComparison.Ordinal));
        if (operation is not null && operation.Operation != OperationType.Query
            && !(allowSubscription && operation.Operation == OperationType.Subscription))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            { Data = { ["Allow"] = "POST" } };
        }

        return document;
    }
}
