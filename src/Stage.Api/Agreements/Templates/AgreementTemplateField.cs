namespace Stage.Api.Agreements.Templates;

/// <summary>One field of a model agreement: <see cref="Key"/> names the <c>Agreement</c> field that holds its value, <see cref="Label"/> is French.</summary>
public sealed record AgreementTemplateField(string Key, string Label);
