using PdfSharp.Pdf;
using Stage.Api.Agreements.Templates;

namespace Stage.Api.Agreements.Pdf;

/// <summary>
/// Renders a model agreement as a PDF: blank (dotted lines to fill by hand) or filled with an agreement's
/// values and its signatures (signer, role, time).
/// </summary>
public static class AgreementPdf
{
    public static byte[] Render(AgreementTemplate template, IReadOnlyDictionary<string, string?>? values, IReadOnlyList<AgreementSignature>? signatures)
    {
        DejaVuFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = template.Title;
        using (var writer = new PdfTextWriter(document))
        {
            writer.Title(template.Title);
            writer.Paragraph(template.Reference);
            foreach (var section in template.Sections)
            {
                writer.Heading(section.Title);
                foreach (var field in section.Fields)
                {
                    writer.Field(field.Label, values?.GetValueOrDefault(field.Key));
                }
            }

            writer.Heading("Dispositions");
            foreach (var mention in template.LegalMentions)
            {
                writer.Paragraph(mention);
            }

            writer.Heading("Signatures");
            foreach (var box in template.Signatories)
            {
                var signature = signatures?.FirstOrDefault(s => s.Role == box.Role);
                writer.Field(box.Label, signature is null ? null : AgreementValues.SignatureLine(signature));
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }
}
