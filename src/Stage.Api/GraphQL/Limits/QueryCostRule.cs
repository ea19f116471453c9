using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Errors;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Prices the operation once its arguments are known (variables included) and refuses it when it costs more
/// than the maximum; the price goes to the request's <see cref="Execution.RequestCost"/>. Also runs for
/// documents taken from the cache, since the price depends on the variables.
/// </summary>
public sealed class QueryCostRule(IOptionsMonitor<QueryLimitsOptions> options) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => default;

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.CurrentValue;
        var cost = new QueryCostCalculator(context.Schema, limits, context.ArgumentValues, context.Document).Of(context.Operation);
        if (CostAccounting.Find(context.UserContext) is { } account)
        {
            account.Requested = (int)cost;
        }

        if (cost > limits.MaxCost)
        {
            context.ReportError(new ValidationError($"The query may cost {cost} points; the maximum is {limits.MaxCost}. Ask for smaller pages (first/last) or fewer nested connections.")
            {
                Code = ErrorCodes.MaxCostExceeded,
            });
        }

        return default;
    }
}
