namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// The cost of one GraphQL request in points, held in <c>HttpContext.Features</c>: requested is
/// priced from the document before execution, actual from what execution really fetched.
/// Rate limits charge these points.
/// </summary>
public sealed class RequestCost
{
    /// <summary>Points the document may cost at most, known after validation.</summary>
    public int Requested { get; set; }

    /// <summary>Points the execution really cost, known after execution.</summary>
    public int Actual { get; set; }
}
