using GraphQL.Types;

namespace Stage.Api.Offers;

/// <summary>The six kinds of host structures ("structures d'accueil").</summary>
public enum HostKind
{
    Association,
    Administration,
    PublicEstablishment,
    LocalAuthority,
    PrivateCompany,
    MicroEnterprise,
}

public sealed class HostKindType : EnumerationGraphType<HostKind>
{
    public HostKindType()
    {
        Name = "HostKind";
        Description = "The kind of a host structure (structure d'accueil).";
        Values["ASSOCIATION"]!.Description = "An association (loi 1901).";
        Values["ADMINISTRATION"]!.Description = "A state administration.";
        Values["PUBLIC_ESTABLISHMENT"]!.Description = "A public establishment (établissement public).";
        Values["LOCAL_AUTHORITY"]!.Description = "A local authority (collectivité territoriale).";
        Values["PRIVATE_COMPANY"]!.Description = "A private company.";
        Values["MICRO_ENTERPRISE"]!.Description = "A micro-enterprise (micro-entreprise).";
    }
}
