using GraphQL.Types;

namespace Stage.Api.Kit.Filtering;

/// <summary>HotChocolate's operators on a number or date field, for the scalar <typeparamref name="TScalar"/>.</summary>
public sealed class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType, new()
{
    public ComparableOperationFilterInputType()
    {
        Name = new TScalar().Name + "OperationFilterInput";
        Description = $"Conditions on a {new TScalar().Name} field; all given conditions must hold.";
        Field<TScalar>(FilterOperators.Eq).Description("Equal to.");
        Field<TScalar>(FilterOperators.Neq).Description("Not equal to.");
        Field<TScalar>(FilterOperators.Gt).Description("Greater than.");
        Field<TScalar>(FilterOperators.Gte).Description("Greater than or equal to.");
        Field<TScalar>(FilterOperators.Lt).Description("Less than.");
        Field<TScalar>(FilterOperators.Lte).Description("Less than or equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>(FilterOperators.In).Description("One of these values (at least one).");
        Field<ListGraphType<NonNullGraphType<TScalar>>>(FilterOperators.Nin).Description("None of these values (at least one).");
    }
}
