namespace Stage.Api.Agreements;

/// <summary>One signatory's signature: who signed, in which role, when.</summary>
public sealed class AgreementSignature
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public Signatory Role { get; set; }
    public required string SignerName { get; set; }

    /// <summary>The signing account; null for the legal representative, who signs through a link.</summary>
    public long? SignerAccountId { get; set; }

    public DateTimeOffset SignedAt { get; set; }
}
