using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Stage.Api.Agreements.Pdf;

/// <summary>
/// PDFsharp's Core build finds no fonts on Linux by itself: every typeface resolves to DejaVu Sans (regular
/// or bold), read from Debian's fonts-dejavu-core package, which `./stage` installs. It covers French
/// accents, and the PDFs embed its subset with a Unicode map so that text extraction gives the accents back.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";
    public const string Regular = "DejaVuSans";
    public const string Bold = "DejaVuSans-Bold";

    private static readonly Lock s_installLock = new();
    private static DejaVuFontResolver? s_installed;

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private DejaVuFontResolver(string directory) => _directory = directory;

    /// <summary>Makes PDFsharp use DejaVu once per process (PDFsharp wants the same resolver instance every time).</summary>
    public static void Install(string? directory = null)
    {
        lock (s_installLock)
        {
            s_installed ??= new DejaVuFontResolver(directory ?? DefaultDirectory);
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, s_installed))
            {
                GlobalFontSettings.FontResolver = s_installed;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, face =>
    {
        var path = Path.Combine(_directory, face + ".ttf");
        return File.Exists(path) ? File.ReadAllBytes(path) : throw new InvalidOperationException(
            $"The font {path} is missing: install Debian's fonts-dejavu-core package (./stage does it) to produce agreement PDFs.");
    });
}
