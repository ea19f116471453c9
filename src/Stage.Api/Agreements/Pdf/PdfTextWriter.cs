using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Stage.Api.Agreements.Pdf;

/// <summary>Writes wrapped lines of text down A4 pages, starting a new page when one is full.</summary>
public sealed class PdfTextWriter : IDisposable
{
    private const double Margin = 50;
    private static readonly XPdfFontOptions s_unicode = new(PdfFontEncoding.Unicode);

    private readonly PdfDocument _document;
    private readonly XFont _title = new("DejaVu Sans", 14, XFontStyleEx.Bold, s_unicode);
    private readonly XFont _heading = new("DejaVu Sans", 11, XFontStyleEx.Bold, s_unicode);
    private readonly XFont _body = new("DejaVu Sans", 9, XFontStyleEx.Regular, s_unicode);
    private readonly XFont _label = new("DejaVu Sans", 9, XFontStyleEx.Bold, s_unicode);
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfTextWriter(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    public void Title(string text) => Write(text, _title, 0, 6);

    public void Heading(string text)
    {
        _y += 8;
        Write(text, _heading, 0, 3);
        _graphics.DrawLine(XPens.Gray, Margin, _y, _page.Width.Point - Margin, _y);
        _y += 4;
    }

    public void Paragraph(string text) => Write(text, _body, 0, 3);

    /// <summary>A label and its value; a blank model gets a dotted line to fill by hand.</summary>
    public void Field(string label, string? value)
    {
        var labelText = label + " : ";
        var indent = _graphics.MeasureString(labelText, _label).Width;
        EnsureRoom(_body.GetHeight());
        _graphics.DrawString(labelText, _label, XBrushes.Black, Margin, _y + _label.GetHeight() * 0.8);
        Write(string.IsNullOrEmpty(value) ? new string('.', 60) : value, _body, indent, 2);
    }

    public void Dispose() => _graphics.Dispose();

    private void Write(string text, XFont font, double indent, double after)
    {
        var width = _page.Width.Point - 2 * Margin - indent;
        foreach (var paragraph in text.Split('\n'))
        {
            foreach (var line in Wrap(paragraph, font, width))
            {
                EnsureRoom(font.GetHeight());
                _graphics.DrawString(line, font, XBrushes.Black, Margin + indent, _y + font.GetHeight() * 0.8);
                _y += font.GetHeight();
            }
        }

        _y += after;
    }

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        yield return line;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > _page.Height.Point - Margin)
        {
            _graphics.Dispose();
            NewPage();
        }
    }

    private void NewPage()
    {
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
