using System.Globalization;
using Insights.Generator.Randomness;
using Insights.Model.Review;

namespace Insights.Generator.Season;

/// <summary>How a judge marks a project, shared by the three review stages.</summary>
internal static class JudgeMarks
{
    /// <summary>The marks 0-100 as text, so the score files do not format the same small numbers millions of times.</summary>
    public static readonly string[] Text = [.. Enumerable.Range(0, 101).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    /// <summary>
    /// One judge's marks for one project, on the 0-100 latent scale before mapping to the stage's scale:
    /// centre + spread × (true criterion level − centre) − severity + favouritism bonus + noise. A drifting judge's
    /// severity on this sheet is severity + <paramref name="severityShift"/>.
    /// </summary>
    /// <param name="judge">The judge.</param>
    /// <param name="project">The project.</param>
    /// <param name="units">The entrant units (the favouritism bonus follows the lead unit's city).</param>
    /// <param name="random">The stage's stream.</param>
    /// <param name="severityShift">The drift judge's shift on this sheet; 0 otherwise.</param>
    /// <returns>One latent mark per criterion.</returns>
    public static double[] Latent(JudgeRecord judge, ProjectRecord project, IReadOnlyList<UnitRecord> units, DeterministicRandom random, double severityShift = 0)
    {
        var centre = GenerationProfile.MarkCentre;
        var bonus = 0.0;
        if (judge.FavouredUnit is { } unit)
        {
            bonus += project.LeadUnit == unit || project.PartnerUnits.Contains(unit) ? judge.UnitBonus : 0;
            bonus += units[project.LeadUnit].City == judge.City ? judge.CityBonus : 0;
        }

        var marks = new double[project.Profile.Length];
        var halo = 0.0;
        for (var c = 0; c < marks.Length; c++)
        {
            var level = centre + (GenerationProfile.QualityWeight * project.Quality) + (GenerationProfile.ProfileWeight * project.Profile[c]);
            marks[c] = centre + (judge.Spread * (level - centre)) - (judge.Severity + severityShift) + bonus + random.Normal(0, judge.NoiseSd);
            halo += marks[c] / marks.Length;
        }

        if (judge.Quirk == JudgeQuirk.Halo)
        {
            Array.Fill(marks, halo);
        }

        return marks;
    }

    /// <summary>Latent marks mapped to the stage's criteria, rounded (to a multiple of 5 by a heaping judge when <paramref name="heap"/>) and clamped.</summary>
    /// <param name="latent">The latent marks.</param>
    /// <param name="rubric">The stage's criteria.</param>
    /// <param name="judge">The judge.</param>
    /// <param name="random">The stage's stream (heaping draws only when <paramref name="heap"/>).</param>
    /// <param name="heap">Whether the judge may round to fives (the written review only).</param>
    /// <returns>The marks on the sheet.</returns>
    public static int[] ToStageScale(double[] latent, StageRubric rubric, JudgeRecord judge, DeterministicRandom random, bool heap)
    {
        var marks = new int[latent.Length];
        for (var c = 0; c < latent.Length; c++)
        {
            var criterion = rubric.Criteria[c];
            var x = criterion.MinScore + ((criterion.MaxScore - criterion.MinScore) * latent[c] / 100);
            if (heap && random.Chance(judge.Heaping))
            {
                x = Math.Round(x / 5) * 5;
            }

            marks[c] = (int)Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), criterion.MinScore, criterion.MaxScore);
        }

        return marks;
    }

    /// <summary>A copier's marks: the original's, each off by one now and then.</summary>
    /// <param name="source">The copied judge's marks.</param>
    /// <param name="target">Receives the copier's marks.</param>
    /// <param name="rubric">The stage's criteria (the bounds).</param>
    /// <param name="random">The stage's stream.</param>
    public static void CopyWithSlips(int[] source, int[] target, StageRubric rubric, DeterministicRandom random)
    {
        for (var c = 0; c < source.Length; c++)
        {
            var slip = random.Chance(0.2) ? (random.Chance(0.5) ? 1 : -1) : 0;
            target[c] = Math.Clamp(source[c] + slip, rubric.Criteria[c].MinScore, rubric.Criteria[c].MaxScore);
        }
    }
}
