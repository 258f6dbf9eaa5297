using static Insights.Generator.Season.SeasonText;

namespace Insights.Generator.Season;

/// <summary>The planted drift judge's sheets once dated: how many, first and last time, and his severity shift there.</summary>
/// <param name="Judge">The drift judge.</param>
/// <param name="Track">His track's code.</param>
/// <param name="Group">His written-review group.</param>
/// <param name="Sheets">His sheets in the group.</param>
/// <param name="First">Time of his first sheet.</param>
/// <param name="Last">Time of his last sheet.</param>
/// <param name="From">His severity shift on his first sheet.</param>
/// <param name="To">His severity shift on his last sheet.</param>
internal sealed record DriftPlant(JudgeRecord Judge, string Track, string Group, int Sheets, DateTime First, DateTime Last, double From, double To)
{
    /// <summary>His row of planted.csv, listed last so the ids of the other plants stay as they were before drift was planted.</summary>
    /// <returns>The planted problem, without its id.</returns>
    public PlantedProblem ToPlanted()
    {
        var log = new PlantedLog();
        log.Add("drift_judge", Track, "preliminary_written", Judge.Id, "", "", "analytics: drift",
            $"评审专家{Judge.Id}在{Group}组的评分随时间逐渐变严：{Sheets}份评分表（{Time(First)}至{Time(Last)}）的严格度随时间线性变化{F(Judge.Drift)}分（{Signed(From)}至{Signed(To)}分），平均为零",
            $"judge {Judge.Id} in {Group} grows harsher over time: over his {Sheets} sheets ({Time(First)} to {Time(Last)}) his severity moves linearly in time by {F(Judge.Drift)} points of 100 ({Signed(From)} to {Signed(To)}), zero on average");
        return log.Problems[0];
    }
}
