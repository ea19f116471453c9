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
