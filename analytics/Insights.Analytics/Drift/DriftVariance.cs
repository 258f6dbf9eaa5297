namespace Insights.Analytics.Drift;

/// <summary>
/// The mixed-model pieces of <see cref="SeverityDrift"/>: a judge's marks averaged per sheet (judge × project, one
/// time), his sheets grouped into days (date of the time, within block), the within-day and between-day sums, and
/// the day-to-day variance pooled over the unit's judges.
/// </summary>
internal static class DriftVariance
{
    /// <summary>One judge's sheets: sheet means y, times t (days), and per day its block, sheet count and means.</summary>
    public sealed record Sheets(double[] Y, double[] T, int[] Day, Day[] Days, int Blocks)
    {
        /// <summary>Within-day sums: Sxx, Sxy, Syy of the deviations from the day means.</summary>
        public (double Sxx, double Sxy, double Syy) Within()
        {
            double sxx = 0, sxy = 0, syy = 0;
            for (var i = 0; i < Y.Length; i++)
            {
                var d = Days[Day[i]];
                sxx += (T[i] - d.T) * (T[i] - d.T);
                sxy += (T[i] - d.T) * (Y[i] - d.Y);
                syy += (Y[i] - d.Y) * (Y[i] - d.Y);
            }

            return (sxx, sxy, syy);
        }

        /// <summary>The judge's sheet-level variance from the within-day regression (one intercept per day, common
        /// slope), and its degrees of freedom; NaN with none. Day effects and a linear drift do not bias it.</summary>
        public (double Variance, int Freedom) SheetVariance()
        {
            var (sxx, sxy, syy) = Within();
            var freedom = Y.Length - Days.Length - (sxx > 1e-12 ? 1 : 0);
            var rss = sxx > 1e-12 ? syy - (sxy * sxy / sxx) : syy;
            return freedom >= 1 ? (Math.Max(rss, 0) / freedom, freedom) : (double.NaN, 0);
        }
    }

    /// <summary>A day of one judge: block, number of sheets, mean time and mean y.</summary>
    public readonly record struct Day(int Block, int Count, double T, double Y);

    /// <summary>Builds a judge's sheets from his marks (own parts y, times t in days, dates, blocks).</summary>
    public static Sheets Build(IReadOnlyList<(int Project, double Y, double T, DateTime Date, int Block)> marks)
    {
        var sheets = marks.GroupBy(m => (m.Project, m.Block))
            .Select(g => (Y: g.Average(m => m.Y), T: g.Average(m => m.T), Date: g.Min(m => m.Date), g.Key.Block))
            .OrderBy(s => s.T).ToArray();
        var dayKeys = sheets.Select(s => (s.Block, s.Date)).Distinct().ToList();
        var dayIndex = dayKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var day = sheets.Select(s => dayIndex[(s.Block, s.Date)]).ToArray();
        var days = dayKeys.Select((k, i) =>
        {
            var members = Enumerable.Range(0, sheets.Length).Where(s => day[s] == i).ToArray();
            return new Day(k.Block, members.Length, members.Average(s => sheets[s].T), members.Average(s => sheets[s].Y));
        }).ToArray();
        return new Sheets([.. sheets.Select(s => s.Y)], [.. sheets.Select(s => s.T)], day, days, dayKeys.Select(k => k.Block).Distinct().Count());
    }

    /// <summary>
    /// The day-to-day variance σ²_day pooled over judges by moments: for each judge with more days than blocks + 1,
    /// the unweighted least-squares fit of his day means on [block intercepts, mean time] leaves residuals r_d with
    /// E Σ r_d² = σ²_day (D − B − 1) + σ²_j Σ_d (1 − h_dd) / n_d (h the hat matrix, n_d sheets on day d, σ²_j the judge's
    /// sheet variance); σ̂²_day = max(0, Σ_j (Σ r_d² − σ̂²_j Σ_d (1 − h_dd) / n_d) / Σ_j (D_j − B_j − 1)).
    /// </summary>
    /// <returns>σ̂²_day and the degrees of freedom Σ (D − B − 1) it rests on.</returns>
    public static (double Variance, int Freedom) PooledDayVariance(IEnumerable<Sheets> judges)
    {
        double excess = 0;
        var freedom = 0;
        foreach (var s in judges)
        {
            var (variance, _) = s.SheetVariance();
            var dfDays = s.Days.Length - s.Blocks - 1;
            if (double.IsNaN(variance) || dfDays < 1)
            {
                continue;
            }

            // Day means centred within block; the slope regressor is the centred mean time.
            var blockMeans = s.Days.GroupBy(d => d.Block).ToDictionary(g => g.Key, g => (T: g.Average(d => d.T), Y: g.Average(d => d.Y), N: g.Count()));
            var sxx = s.Days.Sum(d => Math.Pow(d.T - blockMeans[d.Block].T, 2));
            if (!(sxx > 1e-12))
            {
                continue;
            }

            var slope = s.Days.Sum(d => (d.T - blockMeans[d.Block].T) * (d.Y - blockMeans[d.Block].Y)) / sxx;
            double squares = 0, expected = 0;
            foreach (var d in s.Days)
            {
                var dt = d.T - blockMeans[d.Block].T;
                var r = d.Y - blockMeans[d.Block].Y - (slope * dt);
                var leverage = (1.0 / blockMeans[d.Block].N) + (dt * dt / sxx);
                squares += r * r;
                expected += (1 - leverage) * variance / d.Count;
            }

            excess += squares - expected;
            freedom += dfDays;
        }

        return freedom > 0 ? (Math.Max(excess / freedom, 0), freedom) : (0, 0);
    }

    /// <summary>
    /// The generalized least-squares slope with known variances (intra- and inter-day information combined, Yates'
    /// recovery of inter-block information): b = (Sxy_w / σ²_j + Sxy_B) / (Sxx_w / σ²_j + Sxx_B), Var(b) =
    /// 1 / (Sxx_w / σ²_j + Sxx_B), the between-day sums over the day means with weights 1 / (σ²_day + σ²_j / n_d),
    /// centred on their weighted mean within block.
    /// </summary>
    public static (double Slope, double StandardError) Slope(Sheets s, double sheetVariance, double dayVariance)
    {
        var (sxx, sxy, _) = s.Within();
        double information = sxx / sheetVariance, score = sxy / sheetVariance;
        foreach (var block in s.Days.GroupBy(d => d.Block))
        {
            var w = block.Select(d => 1 / (dayVariance + (sheetVariance / d.Count))).ToArray();
            var days = block.ToArray();
            var tw = days.Select((d, i) => w[i] * d.T).Sum() / w.Sum();
            var yw = days.Select((d, i) => w[i] * d.Y).Sum() / w.Sum();
            for (var i = 0; i < days.Length; i++)
            {
                information += w[i] * (days[i].T - tw) * (days[i].T - tw);
                score += w[i] * (days[i].T - tw) * (days[i].Y - yw);
            }
        }

        return information > 0 ? (score / information, Math.Sqrt(1 / information)) : (double.NaN, double.NaN);
    }
}
