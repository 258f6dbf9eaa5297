using System.Globalization;

namespace Insights.Ingest.Feeds.Review;

/// <summary>
/// The round of a mark within its stage: 0 the original mark, 1 the first reconsideration (复议), and so on. Sources
/// give a number or a word.
/// </summary>
public static class ScoreRounds
{
    private static readonly string[] s_original = ["原始", "原始分", "初评", "original", "initial"];
    private static readonly string[] s_first = ["复议", "复议分", "复核", "复核分", "重评", "reconsidered", "reconsideration", "revised", "review"];

    /// <summary>Reads a round: a whole number 0–99, or a word for the original mark or the (first) reconsideration.</summary>
    /// <param name="text">The source's text.</param>
    /// <param name="round">The round.</param>
    /// <returns>Whether the text names a round.</returns>
    public static bool TryParse(string text, out int round)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToLowerInvariant();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out round) && round < 100)
        {
            return true;
        }

        round = s_original.Contains(t) ? 0 : s_first.Contains(t) ? 1 : -1;
        return round >= 0;
    }
}
