using GraphQL.Types;
using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Errors;

public sealed class IncompleteAgreementErrorType : BusinessErrorType<IncompleteAgreementError>
{
    public IncompleteAgreementErrorType() : base("IncompleteAgreementError", "Fields that must be filled before this step are empty.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("missingFields")
            .Description("The empty fields, as named in the agreement type (e.g. `tutorName`).").Resolve(c => c.Source.MissingFields);
    }
}
