using GraphQL.Types;

namespace Stage.Api.Offers.Management.Mutations;

public sealed class NewEmployerInputType : InputObjectGraphType
{
    public NewEmployerInputType()
    {
        Name = "NewEmployerInput";
        Description = "An operator's host structure, described. It is matched against the employers of the operator's offers " +
            "(by SIRET when given, else by name, in any case, and kind): a match is reused and its details updated, otherwise a new employer is created.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The employer's name (1 to 150 characters).");
        Field<NonNullGraphType<HostKindType>>("kind").Description("The kind of host structure.");
        Field<StringGraphType>("description").Description("What the employer does (at most 275 characters).");
        Field<StringGraphType>("website").Description("The employer's website (at most 560 characters).");
        Field<StringGraphType>("siret").Description("The employer's 14-digit SIRET number (spaces ignored).");
    }
}
