using GraphQL.Types;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Offers;

public sealed class EmployerType : ObjectGraphType<Employer>
{
    public const string TypeName = "Employer";

    public EmployerType()
    {
        Name = TypeName;
        Description = "A host structure (structure d'accueil) that publishes offers.";
        Interface<NodeInterfaceType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The employer's global id.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field(e => e.Name).Description("The employer's name (at most 150 characters).");
        Field<NonNullGraphType<HostKindType>>("kind").Description("The kind of host structure.").Resolve(context => context.Source.Kind);
        Field(e => e.Description, nullable: true).Description("What the employer does (at most 275 characters).");
        Field(e => e.Website, nullable: true).Description("The employer's website (at most 560 characters).");
        Field(e => e.Siret, nullable: true).Description("The employer's 14-digit SIRET number, when it has one.");
    }
}
