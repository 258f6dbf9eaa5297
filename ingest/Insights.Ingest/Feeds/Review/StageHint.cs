using Insights.Model.Review;

namespace Insights.Ingest.Feeds.Review;

/// <summary>The stage a score sheet's file name names, for sheets without a stage column.</summary>
internal static class StageHint
{
    /// <summary>The stage named by a file name, or null.</summary>
    public static Stage? FromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        if (name.Contains("written", StringComparison.Ordinal) || name.Contains("书面", StringComparison.Ordinal))
        {
            return Stage.PreliminaryWritten;
        }

        if (name.Contains("onsite", StringComparison.Ordinal) || name.Contains("on-site", StringComparison.Ordinal) || name.Contains("现场", StringComparison.Ordinal))
        {
            return Stage.PreliminaryOnsite;
        }

        if (name.Contains("final", StringComparison.Ordinal) || name.Contains("roadshow", StringComparison.Ordinal)
            || name.Contains("决赛", StringComparison.Ordinal) || name.Contains("路演", StringComparison.Ordinal))
        {
            return Stage.FinalRoadshow;
        }

        return null;
    }
}
