using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Stage.Api.Tests.Agreements;

/// <summary>The text of a PDF as Debian's poppler-utils `pdftotext` extracts it, whitespace collapsed.</summary>
public static partial class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), "Not a PDF.");
        var file = Path.Combine(Path.GetTempPath(), $"stage-agreement-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext could not start; install poppler-utils.");
            var text = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {errors}");
            return Whitespace().Replace(text, " ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
