using System.Text.RegularExpressions;

namespace Insights.Figures;

/// <summary>Makes ScottPlot's SVG deterministic and safe to inline several times in one page.</summary>
public static partial class FigureSvg
{
    /// <summary>
    /// Renames the clip paths (ScottPlot numbers them from a process-wide counter, so the same plot would differ
    /// from one rendering to the next) to "<paramref name="id"/>-clN", N counting from 0 in the order of appearance,
    /// and the embedded images (Skia names them img_0, img_1, ... in every figure, such as a heatmap's colour bar) to
    /// "<paramref name="id"/>-imgN": the same input gives the same bytes, and figures with different ids can share a
    /// page without duplicate element ids. And it writes back the ideographs that Skia's SVG canvas writes as Kangxi
    /// radicals (项目 came out as 项⽬, U+2F6C for U+76EE: the same glyph, but not the same text to a search or a
    /// screen reader), by their compatibility decomposition (NFKC).
    /// </summary>
    /// <param name="svg">ScottPlot's SVG.</param>
    /// <param name="id">The figure's id in the page (letters, digits, '-' and '_').</param>
    /// <returns>The SVG.</returns>
    public static string Normalize(string svg, string id)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ArgumentException.ThrowIfNullOrEmpty(id);
        var safe = Unsafe().Replace(id, "_");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in ClipDefinition().Matches(svg))
        {
            names.TryAdd(m.Groups[1].Value, $"{safe}-cl{names.Count}");
        }

        foreach (Match m in ImageDefinition().Matches(svg))
        {
            names.TryAdd(m.Groups[1].Value, $"{safe}-{m.Groups[1].Value.Replace("_", "", StringComparison.Ordinal)}");
        }

        svg = KangxiRadical().Replace(svg, m => m.Value.Normalize(System.Text.NormalizationForm.FormKC));
        return Reference().Replace(svg, m => names.TryGetValue(m.Value, out var name) ? name : m.Value);
    }

    /// <summary>The SVG element alone, without the XML declaration ScottPlot writes first, to be inlined in HTML.</summary>
    /// <param name="svg">An SVG document.</param>
    /// <returns>From "&lt;svg" on.</returns>
    public static string Inline(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    [GeneratedRegex("<clipPath id=\"(cl_[0-9a-f]+)\"")]
    private static partial Regex ClipDefinition();

    [GeneratedRegex("<image id=\"(img_[0-9]+)\"")]
    private static partial Regex ImageDefinition();

    [GeneratedRegex("\\b(cl_[0-9a-f]+|img_[0-9]+)\\b")]
    private static partial Regex Reference();

    [GeneratedRegex("[\u2F00-\u2FDF]")]
    private static partial Regex KangxiRadical();

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Unsafe();
}
