using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Stage.Api.GraphQL.Ide;

/// <summary>
/// GraphQL.NET's <see cref="NoIntrospectionValidationRule"/> (code NO_INTROSPECTION, <c>__typename</c> still
/// allowed) when <see cref="IdeOptions.Introspection"/> is off; nothing otherwise.
/// </summary>
public sealed class IntrospectionSwitch(IOptionsMonitor<IdeOptions> options) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.CurrentValue.Introspection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}
