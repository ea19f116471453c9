using System.Linq.Expressions;
using GraphQL.Types;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Kit.Mutations;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An offer as a client sends it to create, update or upsert it; each input type declares the fields it takes.
/// A field given replaces the current value, even with null (the rules then refuse the missing value); a field
/// left out keeps it.
/// </summary>
public sealed record OfferInput : PartialInput
{
    public string? OfferId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? SectorCode { get; init; }
    public IReadOnlyList<Grade>? Grades { get; init; }
    public IReadOnlyList<string>? Weeks { get; init; }
    public int? Seats { get; init; }
    public AddressFields? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? EmployerId { get; init; }
    public EmployerDraft? NewEmployer { get; init; }
    public string? RemoteId { get; init; }
    public bool? Publish { get; init; }
    public IReadOnlyList<string>? ReservedToSchools { get; init; }
    public string? IdempotencyKey { get; init; }

    /// <summary>A new offer (or an upserted one) as drafted.</summary>
    public OfferDraft Draft() => new(
        Overlay(new OfferFields(null, null, null, null, null, null, null, null, null)),
        new EmployerReference(EmployerId, NewEmployer), RemoteId, Publish) { ReservedToSchools = ReservedToSchools };

    /// <summary>The fields of <paramref name="current"/> with those this input gives laid over them.</summary>
    public OfferFields Overlay(OfferFields current) => new(
        Has(nameof(Title)) ? Title : current.Title,
        Has(nameof(Description)) ? Description : current.Description,
        Has(nameof(SectorCode)) ? SectorCode : current.SectorCode,
        Has(nameof(Grades)) ? Grades : current.Grades,
        Has(nameof(Weeks)) ? Weeks : current.Weeks,
        Has(nameof(Seats)) ? Seats : current.Seats,
        Has(nameof(Address)) ? Address : current.Address,
        Has(nameof(Latitude)) ? Latitude : current.Latitude,
        Has(nameof(Longitude)) ? Longitude : current.Longitude);
}

/// <summary>The fields an offer's inputs share: required to create, optional to update.</summary>
public abstract class OfferInputType : PartialInputObjectGraphType<OfferInput>
{
    protected OfferInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    protected void AddOfferId() => Field(i => i.OfferId, typeof(NonNullGraphType<IdGraphType>)).Description("The offer's global id.");

    protected void AddOfferFields(bool required)
    {
        Add(required, i => i.Title, typeof(StringGraphType), "The offer's title (1 to 150 characters).");
        Add(required, i => i.Description, typeof(StringGraphType), "What the pupil will observe and do (1 to 1,500 characters).");
        Add(required, i => i.SectorCode, typeof(StringGraphType), "The sector of activity's code, s1 to s51 (see `sectors`).");
        Add(required, i => i.Grades, typeof(ListGraphType<NonNullGraphType<GradeType>>),
            "The grades the offer is open to: QUATRIEME and/or TROISIEME (collège), or SECONDE (lycée), never both kinds.");
        Add(required, i => i.Weeks, typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
            "ISO weeks like \"2026-W25\", distinct. 4e/3e: weeks of the school year (September to June). 2nde: the mandatory period's " +
            "week 1, week 2 or both (the period ends on the last Friday of June and starts 11 days earlier: 2026-W25 and 2026-W26 in 2026). " +
            "createOffer, and updateOffer when weeks are given, need one that has not started (`schoolCalendar.firstWeekToCome` or later); " +
            "upsertOffers stores a catalogue's finished offers as they are.");
        Add(required, i => i.Seats, typeof(IntGraphType), "How many pupils the host can take: 1 to 6,000, and never fewer than the seats already taken.");
        Add(required, i => i.Address, typeof(OfferAddressInputType), "Where the internship takes place" + (required ? "." : "; replaces the whole address."));
        Add(required, i => i.Latitude, typeof(FloatGraphType), "The address's latitude, -90 to 90 (with the longitude, not both 0). " +
            "Required abroad; in France, null" + (required ? " or left out" : "") +
            " places the offer at its commune's point (`locationPrecision: COMMUNE`), and keeps it there when its address changes.", optionalWhenRequired: true);
        Add(required, i => i.Longitude, typeof(FloatGraphType), "The address's longitude, -180 to 180 (with the latitude, not both 0). " +
            "Required abroad; in France, null places the offer at its commune's point, like `latitude`.", optionalWhenRequired: true);
    }

    /// <summary>The schools the offer is reserved to; <paramref name="whenLeftOut"/> says what null or leaving it out does.</summary>
    protected void AddReservedToSchools(string whenLeftOut) =>
        Field(i => i.ReservedToSchools, typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description($"Reserves the offer to these schools, by UAI code (e.g. \"0751234A\"), at most {OfferVisibility.MaxReservedSchools}: only their " +
                "pupils and staff (and the offer's host, operator and administrators) see it; for anyone else it does not exist. " +
                $"An empty list opens it to all. {whenLeftOut} An unknown code refuses the change (an error on the field `reservedToSchools[i]`).");

    /// <summary>The employer of an operator's offer, and its remote id.</summary>
    protected void AddPublisherFields(bool remoteIdRequired)
    {
        Field(i => i.EmployerId, typeof(IdGraphType))
            .Description("Operators: the offer's employer, one of the employers of your offers. Give this or `newEmployer`. Employer members leave it out.");
        Field(i => i.NewEmployer, typeof(NewEmployerInputType))
            .Description("Operators: the offer's employer, described (matched against your employers, or created). Give this or `employerId`.");
        const string remoteId = "Operators only: the offer's id in your own system (1 to 100 characters), unique among your offers.";
        if (remoteIdRequired)
        {
            Field(i => i.RemoteId, typeof(NonNullGraphType<StringGraphType>)).Description(remoteId + " Identifies the offer to create or update.");
        }
        else
        {
            Field(i => i.RemoteId, typeof(StringGraphType)).Description(remoteId + " Optional.");
        }
    }

    private void Add<TValue>(bool required, Expression<Func<OfferInput, TValue>> field, Type graphType, string description, bool optionalWhenRequired = false)
    {
        if (required && optionalWhenRequired)
        {
            Field(field, graphType).Description(description);
        }
        else if (required)
        {
            Field(field, typeof(NonNullGraphType<>).MakeGenericType(graphType)).Description(description);
        }
        else
        {
            Field(field, graphType).Description(description + " Left out: unchanged.");
        }
    }
}

public sealed class CreateOfferInputType : OfferInputType
{
    public CreateOfferInputType() : base("CreateOfferInput",
        "A new offer. Employer members create their employer's offers; operators name the employer (`employerId` or `newEmployer`).")
    {
        AddOfferFields(required: true);
        AddPublisherFields(remoteIdRequired: false);
        AddReservedToSchools("Null or left out: open to all.");
        Field(i => i.Publish, typeof(BooleanGraphType)).DefaultValue(false)
            .Description("True to publish the offer at once; by default it starts UNPUBLISHED (publish it later with `publishOffer`).");
        this.AddIdempotencyKey(i => i.IdempotencyKey);
    }
}

public sealed class UpdateOfferInputType : OfferInputType
{
    public UpdateOfferInputType() : base("UpdateOfferInput",
        "Changes to an offer: the fields given replace the offer's, the others stay. The offer must satisfy every rule as it will stand.")
    {
        AddOfferId();
        AddOfferFields(required: false);
        AddReservedToSchools("Null or left out: unchanged.");
    }
}

public sealed class UpsertOfferItemInputType : OfferInputType
{
    public UpsertOfferItemInputType() : base("UpsertOfferItemInput",
        "One offer of a bulk upsert, identified by its remote id: created when new, replaced (every field) when known.")
    {
        AddOfferFields(required: true);
        AddPublisherFields(remoteIdRequired: true);
        AddReservedToSchools("Null or left out: a new offer is open to all, a known one keeps its schools.");
        Field(i => i.Publish, typeof(BooleanGraphType))
            .Description("True to publish, false to unpublish; left out, a new offer starts UNPUBLISHED and a known one keeps its status. " +
                "A removed offer stays removed.");
    }
}

/// <summary>The offers of a bulk upsert, and an optional idempotency key.</summary>
public sealed record UpsertOffersInput(IReadOnlyList<OfferInput> Offers, string? IdempotencyKey);

public sealed class UpsertOffersInputType : InputObjectGraphType<UpsertOffersInput>
{
    public UpsertOffersInputType()
    {
        Name = "UpsertOffersInput";
        Description = "An operator's offers to create or update in one call, all or nothing.";
        Field(i => i.Offers, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UpsertOfferItemInputType>>>))
            .Description($"Up to {UpsertOffers.MaxItems} offers, each with a distinct remote id.");
        this.AddIdempotencyKey(i => i.IdempotencyKey);
    }
}

/// <summary>The input of a status change of one offer: its id.</summary>
public abstract class OfferStatusInputType : OfferInputType
{
    protected OfferStatusInputType(string name, string description) : base(name, description) => AddOfferId();
}

public sealed class PublishOfferInputType() : OfferStatusInputType("PublishOfferInput", "The offer to publish.");

public sealed class UnpublishOfferInputType() : OfferStatusInputType("UnpublishOfferInput", "The offer to unpublish.");

public sealed class RemoveOfferInputType() : OfferStatusInputType("RemoveOfferInput", "The offer to remove.");

public sealed class OfferAddressInputType : InputObjectGraphType<AddressFields>
{
    public OfferAddressInputType()
    {
        Name = "OfferAddressInput";
        Description = "Where the internship takes place. Abroad (a country other than FR) is for 2nde offers only.";
        Field(a => a.Street, typeof(NonNullGraphType<StringGraphType>)).Description("Street and number (at most 300 characters).");
        Field(a => a.PostalCode, typeof(StringGraphType))
            .Description("The postal code: in France 5 digits naming a département (e.g. 75011, 20000 for Corsica, 97400 overseas), one of the " +
                "commune's when `communeCode` is given (left out: the commune's only postal code); optional abroad.");
        Field(a => a.City, typeof(StringGraphType))
            .Description("The city (at most 120 characters). Required unless `communeCode` is given (then it defaults to the commune's name). " +
                "In France, with the postal code it names the commune (\"Lyon\" at 69003 is Lyon 3e Arrondissement).");
        Field(a => a.CommuneCode, typeof(StringGraphType))
            .Description("France only: the INSEE code of the commune or municipal arrondissement (see `places`), e.g. \"42218\" for Saint-Étienne. " +
                "Optional: otherwise the postal code and city find the commune.");
        Field(a => a.CountryCode, typeof(StringGraphType)).DefaultValue("FR")
            .Description("The ISO 3166-1 alpha-2 country code; FR by default.");
    }
}

public sealed class NewEmployerInputType : InputObjectGraphType<EmployerDraft>
{
    public NewEmployerInputType()
    {
        Name = "NewEmployerInput";
        Description = "An operator's host structure, described. It is matched against the employers of the operator's offers " +
            "(by SIRET when given, else by name, in any case, and kind): a match is reused and its details updated, otherwise a new employer is created.";
        Field(e => e.Name, typeof(NonNullGraphType<StringGraphType>)).Description("The employer's name (1 to 150 characters).");
        Field(e => e.Kind, typeof(NonNullGraphType<HostKindType>)).Description("The kind of host structure.");
        Field(e => e.Description, typeof(StringGraphType)).Description("What the employer does (at most 275 characters).");
        Field(e => e.Website, typeof(StringGraphType)).Description("The employer's website (at most 560 characters).");
        Field(e => e.Siret, typeof(StringGraphType)).Description("The employer's 14-digit SIRET number (spaces ignored).");
    }
}
