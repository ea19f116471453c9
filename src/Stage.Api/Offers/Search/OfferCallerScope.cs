using GraphQL;
using GraphQL.Types;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Requests;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>
/// Where a territory-scoped API key's searches may look: offers in any of its regions or any of its
/// départements (offers abroad have neither, so a scoped key never sees them).
/// </summary>
public sealed record OfferTerritory(string[] RegionCodes, string[] DepartmentCodes)
{
    /// <summary>The territory of the request's API key, or null when the caller has no key or an unscoped one.</summary>
    public static OfferTerritory? Of(IResolveFieldContext context) =>
        context.UserContext is StageUserContext { ApiClient: { IsScopedToTerritory: true } client }
            ? new OfferTerritory([.. client.RegionCodes], [.. client.DepartmentCodes])
            : null;
}

/// <summary>
/// A signed-in pupil's view of a search: by default only the offers open to the pupil's grade (read from the pupil's
/// school record before the search), as on the national platform; <see cref="OwnGradeOnly"/> false widens it to every
/// grade. <see cref="HideApplied"/> leaves out the offers the pupil has applied to, whatever the application's status:
/// a pupil applies once per offer (a withdrawn application included), so those offers are no longer theirs to apply to.
/// </summary>
public sealed record PupilView(long PupilId, bool OwnGradeOnly, bool HideApplied)
{
    /// <summary>The pupil's grade, set before the search when <see cref="OwnGradeOnly"/>.</summary>
    public Grade? Grade { get; init; }

    /// <summary>The view of the caller when a pupil; null for anyone else, who may not ask for a pupil's restrictions (<c>PUPILS_ONLY</c>).</summary>
    public static PupilView? Of(IResolveFieldContext context)
    {
        var input = context.GetArgument<OfferViewerInput?>(OfferViewerInputType.Argument);
        if (context.Viewer() is { Kind: AccountKind.Pupil, PupilId: { } pupilId })
        {
            return new PupilView(pupilId, input?.Grade != OfferGradeScope.Any, input?.HideApplied == true);
        }

        if (input?.Grade == OfferGradeScope.Own)
        {
            throw new InvalidArgumentError(ErrorCodes.PupilsOnly, "viewer.grade",
                "Only a signed-in pupil has a grade of their own: leave `viewer` out, or ask for grade ANY.");
        }

        if (input?.HideApplied == true)
        {
            throw new InvalidArgumentError(ErrorCodes.PupilsOnly, "viewer.hideApplied", "Only a signed-in pupil has applications to hide.");
        }

        return null;
    }

    /// <summary>The conditions of this view on the offers aliased <c>o</c>.</summary>
    public IEnumerable<string> Conditions(SqlParameters parameters)
    {
        if (OwnGradeOnly && Grade is { } grade)
        {
            yield return OfferFilter.OpenToGrades([grade], parameters);
        }

        if (HideApplied)
        {
            // Answered by the unique index on applications (pupil_id, offer_id), one probe per candidate offer.
            yield return $"NOT EXISTS (SELECT 1 FROM applications a WHERE a.pupil_id = {parameters.Add(PupilId)} AND a.offer_id = o.id)";
        }
    }
}

/// <summary>The <c>viewer</c> argument of <c>offers</c>.</summary>
public sealed record OfferViewerInput
{
    public OfferGradeScope? Grade { get; init; }
    public bool? HideApplied { get; init; }
}

public enum OfferGradeScope
{
    Own,
    Any,
}

public sealed class OfferViewerInputType : InputObjectGraphType<OfferViewerInput>
{
    public const string Argument = "viewer";

    public OfferViewerInputType()
    {
        Name = "OfferViewerInput";
        Description = "A signed-in pupil's view of a search. For a pupil, `offers` shows by default only the offers open to the pupil's grade " +
            "(as on the national platform); anyone else may leave it out or ask for nothing a pupil's view restricts (`grade: ANY`), " +
            "else the search is refused with `PUPILS_ONLY`.";
        Field(v => v.Grade, typeof(OfferGradeScopeType))
            .Description("OWN (the default for a pupil): only offers open to the pupil's grade; ANY: every grade.");
        Field(v => v.HideApplied, typeof(BooleanGraphType))
            .Description("True to leave out the offers the pupil has applied to, whatever the application's status (one application per pupil and offer). Default false.");
    }
}

public sealed class OfferGradeScopeType : EnumerationGraphType<OfferGradeScope>
{
    public OfferGradeScopeType()
    {
        Name = "OfferGradeScope";
        Description = "Which grades a pupil's search shows.";
        Values["OWN"]!.Description = "Only offers open to the pupil's grade, from the pupil's school record.";
        Values["ANY"]!.Description = "Offers of every grade.";
    }
}
