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

/// <summary>A section of a model agreement and its fields, in order.</summary>
public sealed record AgreementTemplateSection(string Title, AgreementFiller FilledBy, IReadOnlyList<AgreementTemplateField> Fields);

/// <summary>One field of a model agreement: <see cref="Key"/> names the <c>Agreement</c> field that holds its value, <see cref="Label"/> is French.</summary>
public sealed record AgreementTemplateField(string Key, string Label);

/// <summary>A signature box of a model agreement.</summary>
public sealed record AgreementTemplateSignatory(Signatory Role, string Label);

/// <summary>Who fills a section of the agreement.</summary>
public enum AgreementFiller
{
    /// <summary>Pre-filled by the platform from the pupil, the offer and the application.</summary>
    Platform,
    Employer,
    School,
}
