using GraphQL.Types;

namespace Stage.Api.Applications.Mutations;

/// <summary>The input of a change to one application: its id, an optional message, an optional idempotency key.</summary>
public abstract class ApplicationChangeInputType : InputObjectGraphType
{
    protected ApplicationChangeInputType(string name, string description, bool withMessage)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("applicationId").Description("The application's global id.");
        if (withMessage)
        {
            Field<StringGraphType>("message").Description("An optional message to the pupil (at most 1,000 characters).");
        }

        Field<StringGraphType>("idempotencyKey").Description(IdempotencyKeyDescription);
    }

    public const string IdempotencyKeyDescription =
        "Optional, at most 100 characters: a retry with the same key and input returns the first result without doing it twice. Kept 24 hours.";
}
