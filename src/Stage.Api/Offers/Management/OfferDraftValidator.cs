using Stage.Api.Data;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>Validates a whole draft at once: the offer's fields, its employer, its remote id and its reservation's codes.</summary>
public static class OfferDraftValidator
{
    /// <summary>
    /// The validated draft of <c>publisher</c> (an employer member or an operator), or null with every
    /// invalid field in <c>errors</c>; bulk upserts require a remote id (<c>remoteIdRequired</c>).
    /// </summary>
    public static ValidOfferDraft? Validate(AccountKind publisher, OfferDraft draft, SchoolCalendar calendar, FieldErrors errors, bool remoteIdRequired = false)
    {
        var offer = OfferValidator.Validate(draft.Fields, calendar, errors);
        var employer = EmployerValidator.Validate(publisher, draft.Employer, errors);
        string? remoteId = null;
        if (publisher != AccountKind.Operator)
        {
            if (draft.RemoteId is not null)
            {
                errors.Add("remoteId", "Remote ids are for operators, who publish offers from their own systems.");
            }
        }
        else
        {
            remoteId = errors.Text("remoteId", draft.RemoteId, FieldLimits.RemoteId, remoteIdRequired);
        }

        var reservedUais = OfferReservation.Check(draft.ReservedToSchools, errors);
        return errors.IsEmpty ? new ValidOfferDraft(offer!, employer!, remoteId, draft.Publish, reservedUais) : null;
    }
}
