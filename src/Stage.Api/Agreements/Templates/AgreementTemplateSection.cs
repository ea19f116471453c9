namespace Stage.Api.Agreements.Templates;

/// <summary>A section of a model agreement and its fields, in order.</summary>
public sealed record AgreementTemplateSection(string Title, AgreementFiller FilledBy, IReadOnlyList<AgreementTemplateField> Fields);
