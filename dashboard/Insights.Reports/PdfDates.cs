using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Insights.Reports;

/// <summary>
/// Makes Chromium's PDF reproducible: the only bytes that differ between two prints of the same HTML are the
/// document's <c>/CreationDate</c> and <c>/ModDate</c> (the clock at printing). They are set to the data version's
/// load time, written in exactly as many bytes as before, so the cross-reference offsets stay valid.
/// </summary>
public static partial class PdfDates
{
    /// <summary>Rewrites the dates of a PDF file in place.</summary>
    /// <param name="pdf">The PDF file.</param>
    /// <param name="stamp">The time to write (UTC).</param>
    /// <returns>How many dates were rewritten.</returns>
    public static int Stamp(string pdf, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        // Latin-1 maps every byte to one char and back, so the binary streams survive the round trip unchanged.
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var digits = stamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var count = 0;
        var stamped = Date().Replace(text, m =>
        {
            count++;
            // "+HH'MM'" (7 characters, the machine's offset) becomes UTC; another form keeps its own suffix.
            var suffix = m.Groups["zone"].Value.Length == 7 ? "+00'00'" : m.Groups["zone"].Value;
            return $"/{m.Groups["key"].Value} (D:{digits}{suffix})";
        });
        if (count > 0)
        {
            File.WriteAllBytes(pdf, Encoding.Latin1.GetBytes(stamped));
        }

        return count;
    }

    [GeneratedRegex(@"/(?<key>CreationDate|ModDate) \(D:\d{14}(?<zone>[^)]*)\)")]
    private static partial Regex Date();
}
