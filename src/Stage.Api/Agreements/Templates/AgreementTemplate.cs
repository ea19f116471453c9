using Stage.Api.Schools;

namespace Stage.Api.Agreements.Templates;

/// <summary>A model agreement: its title, the official text it follows, its sections of fields, its legal mentions, its signatories.</summary>
public sealed record AgreementTemplate(
    Grade Grade,
    string Title,
    string Reference,
    IReadOnlyList<AgreementTemplateSection> Sections,
    IReadOnlyList<string> LegalMentions,
    IReadOnlyList<AgreementTemplateSignatory> Signatories);
