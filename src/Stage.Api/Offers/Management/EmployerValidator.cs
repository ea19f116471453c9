using Stage.Api.Data;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Offers.Management;

/// <summary>
/// The employer part of an offer's input: operators name one employer (by id or by details), employer
/// members none (their offers are their employer's); remote ids are the operators'.
/// </summary>
public static class EmployerValidator
{
    public static ValidEmployerReference? Validate(AccountKind publisher, EmployerReference reference, FieldErrors errors)
    {
        if (publisher != AccountKind.Operator)
        {
            if (reference.EmployerId is not null)
            {
                errors.Add("employerId", "Employer members publish for their own employer: leave employerId out.");
            }

            if (reference.NewEmployer is not null)
            {
                errors.Add("newEmployer", "Employer members publish for their own employer: leave newEmployer out.");
            }

            return reference.IsEmpty ? new ValidEmployerReference(null, null) : null;
        }

        if ((reference.EmployerId is null) == (reference.NewEmployer is null))
        {
            errors.Add("employerId", "Operators give the offer's employer: either employerId (one of your employers) or newEmployer, not both.");
            return null;
        }

        if (reference.EmployerId is not null)
        {
            if (!GlobalId.TryDecode(reference.EmployerId, out var type, out var id) || type != EmployerType.TypeName)
            {
                errors.Add("employerId", "Not an employer id.");
                return null;
            }

            return new ValidEmployerReference(id, null);
        }

        var employer = Details(reference.NewEmployer!, errors);
        return employer is null ? null : new ValidEmployerReference(null, employer);
    }

    private static ValidEmployer? Details(EmployerDraft draft, FieldErrors errors)
    {
        var before = errors.All.Count;
        var name = errors.Text("newEmployer.name", draft.Name, FieldLimits.EmployerName);
        var description = errors.Text("newEmployer.description", draft.Description, FieldLimits.EmployerDescription, required: false);
        var website = errors.Text("newEmployer.website", draft.Website, FieldLimits.Website, required: false);
        var siret = draft.Siret?.Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(siret))
        {
            siret = null;
        }
        else if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            errors.Add("newEmployer.siret", "A SIRET number has 14 digits.");
        }

        if (draft.Kind is null)
        {
            errors.Add("newEmployer.kind", "Required: the kind of host structure.");
        }

        return errors.All.Count == before ? new ValidEmployer(name!, draft.Kind!.Value, description, website, siret) : null;
    }
}
