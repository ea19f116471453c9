namespace Stage.Api.Agreements.Templates;

/// <summary>A signature box of a model agreement.</summary>
public sealed record AgreementTemplateSignatory(Signatory Role, string Label);
