using GraphQL.Types;

namespace Stage.Api.Agreements.Templates;

public sealed class AgreementTemplateFieldType : ObjectGraphType<AgreementTemplateField>
{
    public AgreementTemplateFieldType()
    {
        Name = "AgreementTemplateField";
        Description = "A field of the model agreement.";
        Field(f => f.Key).Description("The `Agreement` field holding its value, e.g. `tutorName`.");
        Field(f => f.Label).Description("Its French label, e.g. \"Nom du tuteur\".");
    }
}
