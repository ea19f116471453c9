using GraphQL.Types;
using Stage.Api.Agreements;
using Stage.Api.Kit.Filtering;

using Stage.Api.Schools;

namespace Stage.Api.Pupils;

/// <summary>The fields of <c>PupilFilterInput</c>.</summary>
public static class PupilFilterFields
{
    public const string Grade = "grade";
    public const string ClassName = "className";
    public const string Name = "name";
    public const string AgreementStatus = "agreementStatus";
    public const string Contains = "contains";

    /// <summary>The longest text <c>name.contains</c> takes.</summary>
    public const int MaxNameSearchLength = 100;
}

/// <summary>The pupil fields a client may filter on, with HotChocolate's operators.</summary>
public sealed class PupilFilterInputType : InputObjectGraphType
{
    public PupilFilterInputType()
    {
        Name = "PupilFilterInput";
        Description = "Conditions on pupils. All conditions given in one object must hold; `and` and `or` combine objects.";
        Field<ListGraphType<NonNullGraphType<PupilFilterInputType>>>(FilterOperators.And).Description("Every one of these filters holds.");
        Field<ListGraphType<NonNullGraphType<PupilFilterInputType>>>(FilterOperators.Or).Description("At least one of these filters holds.");
        Field<EnumOperationFilterInputType<GradeType>>(PupilFilterFields.Grade).Description("The pupil's grade.");
        Field<StringOperationFilterInputType>(PupilFilterFields.ClassName).Description("The pupil's class, e.g. \"3e B\" (case-sensitive).");
        Field<EnumOperationFilterInputType<AgreementStatusType>>(PupilFilterFields.AgreementStatus)
            .Description("The status of one of the pupil's internship agreements (a confirmed internship has one): e.g. " +
                "`{neq: SIGNED_BY_ALL}` lists the pupils with an agreement still to sign.");
        Field<PupilNameFilterInputType>(PupilFilterFields.Name).Description("The pupil's first and last names, ignoring case and accents.");
    }
}

public sealed class PupilNameFilterInputType : InputObjectGraphType
{
    public PupilNameFilterInputType()
    {
        Name = "PupilNameFilterInput";
        Description = "A search on pupils' names, ignoring case and accents.";
        Field<StringGraphType>(PupilFilterFields.Contains)
            .Description("Words (at most 100 characters in all), each found in the first or last name: \"lea mar\" finds Léa Martin. Blank matches everyone.");
    }
}
