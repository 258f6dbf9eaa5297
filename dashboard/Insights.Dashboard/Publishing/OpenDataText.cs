using System.Globalization;

namespace Insights.Dashboard.Publishing;

/// <summary>A text of the data dictionary in Chinese and English.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record OpenDataText(string Zh, string En)
{
    /// <summary>The text in a culture: Chinese for zh-*, English otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.StartsWith("zh", StringComparison.Ordinal) ? Zh : En;
    }

    /// <summary>Both texts, "中文 / English" (the Markdown dictionary).</summary>
    /// <returns>The bilingual text.</returns>
    public string Both() => Zh == En ? Zh : $"{Zh} / {En}";
}
