namespace Insights.Reports;

/// <summary>
/// Withholds people's personal data from the reports' finding texts: the representatives' names and masked phones
/// and ID numbers, and the judges' names, as the warehouse stores them (the rule findings quote them, such as a
/// representative in two teams). Committees read the reports; the organizers' dashboard shows the evidence in full.
/// </summary>
/// <param name="terms">The texts to withhold.</param>
public sealed class PersonalData(IEnumerable<string> terms)
{
    /// <summary>What replaces a withheld text.</summary>
    public const string Mark = "〔已隐去 / withheld〕";

    // Longest first, so that a name inside a longer withheld text does not leave the rest of it behind.
    private readonly string[] _terms = [.. terms.Where(t => t.Trim().Length >= 2).Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)];

    /// <summary>Nothing to withhold (the organizers' reports, <c>--personal-data</c>).</summary>
    public static PersonalData None { get; } = new([]);

    /// <summary>How many texts are withheld.</summary>
    public int Count => _terms.Length;

    /// <summary>The text with every withheld term replaced by <see cref="Mark"/>.</summary>
    /// <param name="text">A finding's text.</param>
    /// <returns>The text without personal data.</returns>
    public string Withhold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var term in _terms)
        {
            if (text.Contains(term, StringComparison.Ordinal))
            {
                text = text.Replace(term, Mark, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
