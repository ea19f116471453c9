namespace Stage.Api.GraphQL.Mutations;

public sealed class InvalidFieldErrorType : BusinessErrorType<InvalidFieldError>
{
    public InvalidFieldErrorType() : base("InvalidFieldError", "An input field's value breaks a rule.")
    {
        Field(e => e.Field).Description("The input field, as a path from `input` (e.g. `motivation`).");
    }
}
