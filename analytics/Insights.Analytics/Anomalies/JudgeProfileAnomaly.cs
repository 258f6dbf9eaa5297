using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Insights.Analytics.Anomalies;

/// <summary>
/// An unsupervised anomaly score of judges within one analysis unit: each judge's profile (a few statistics the
/// unit already computes, such as severity, fit, scale use, halo) is standardized robustly across the unit's judges
/// and compared with a principal component model of the <em>other</em> judges' profiles, fitted by ML.NET's
/// randomized PCA anomaly detector (<c>AnomalyDetection.Trainers.RandomizedPca</c>). The score is the probabilistic
/// PCA distance √(T² + Q/σ²): T² = Σ t_c²/λ_c over the k components kept, Q the squared reconstruction error
/// (ML.NET's normalized score times the distance from the others' mean, squared) and σ² the others' mean variance
/// off the components. One more signal beside the detectors, never a finding by itself (docs/methods/anomaly-score.md).
/// </summary>
public static class JudgeProfileAnomaly
{
    private const double MadToSd = 1.4826;

    // Mean absolute deviation to SD for a normal distribution, √(π/2): the fallback scale when the MAD is 0.
    private const double MeanAbsoluteToSd = 1.2533;

    private const string FeatureColumn = "Features";

    private const string ScoreColumn = "Score";

    /// <summary>Most PCA fits per unit: judges are held out in this many folds (one judge each in smaller units).</summary>
    private const int MaxFolds = 20;

    /// <summary>
    /// Scores every judge of a unit. Each feature is standardized as z = (x − median) / (1.4826 MAD) over the judges
    /// with a finite value (the mean absolute deviation × 1.2533 when the MAD is 0); a feature with fewer than three
    /// finite values or no spread is dropped; a missing value (NaN) is imputed as the median (z = 0). Judge i is
    /// then scored against a rank-k PCA fitted on the other judges, so an extreme judge cannot pull the components
    /// towards himself: leave-one-out in units of up to 20 judges, else 20 folds by judge index (index mod 20; the
    /// judges of a fold are scored against the other folds), k = min(<see cref="JudgeProfileAnomalyOptions.Rank"/>,
    /// features − 1, smallest training set − 2).
    /// </summary>
    /// <param name="profiles">One row per judge, the same number of features in every row; NaN where a statistic
    /// does not exist for the judge.</param>
    /// <param name="options">Settings; <see cref="JudgeProfileAnomalyOptions.Default"/> when null.</param>
    /// <returns>The scores (NaN with a reason when there are too few judges or varying features; all 0 when no
    /// feature varies).</returns>
    /// <exception cref="ArgumentException">Rows of different lengths, no features, or bad options.</exception>
    public static JudgeProfileScores Score(IReadOnlyList<IReadOnlyList<double>> profiles, JudgeProfileAnomalyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        options ??= JudgeProfileAnomalyOptions.Default;
        if (options.Rank < 1 || options.MinimumJudges < 4 || !(options.VarianceFloor > 0) || double.IsInfinity(options.VarianceFloor))
        {
            throw new ArgumentException("Bad options (rank ≥ 1, at least 4 judges, a positive finite variance floor).", nameof(options));
        }

        var n = profiles.Count;
        var d = n == 0 ? 0 : profiles[0]?.Count ?? 0;
        if (profiles.Any(p => p is null || p.Count != d))
        {
            throw new ArgumentException("Every profile must have the same number of features.", nameof(profiles));
        }

        if (n > 0 && d == 0)
        {
            throw new ArgumentException("Profiles need at least one feature.", nameof(profiles));
        }

        if (n < options.MinimumJudges)
        {
            return Unscored(n, 0, string.Create(CultureInfo.InvariantCulture, $"{n} judge(s); the anomaly score needs at least {options.MinimumJudges}."));
        }

        var z = Standardize(profiles);
        var features = z.Length == 0 ? 0 : z[0].Length;
        if (features == 0)
        {
            return new JudgeProfileScores(new double[n], 0, 0, "No feature varies across the judges: every profile is alike (score 0).");
        }

        if (features < 2)
        {
            return Unscored(n, features, "Only one feature varies across the judges; a PCA needs at least two.");
        }

        // Folds by judge index: leave-one-out up to MaxFolds judges, else MaxFolds folds; the smallest training set
        // has n − ⌈n / folds⌉ judges.
        var folds = Math.Min(n, MaxFolds);
        var rank = Math.Min(options.Rank, Math.Min(features - 1, n - ((n + folds - 1) / folds) - 2));
        var scores = new double[n];
        var context = new MLContext(seed: options.Seed);
        var schema = SchemaDefinition.Create(typeof(ProfileRow));
        schema[FeatureColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        for (var fold = 0; fold < folds; fold++)
        {
            ScoreFold(context, schema, z, fold, folds, rank, options, scores);
        }

        return new JudgeProfileScores(scores, features, rank, null);
    }

    /// <summary>
    /// The robust standardization of <see cref="Score"/>: per feature, z = (x − median) / scale over the finite
    /// values, NaN imputed as 0, features without spread or with fewer than three finite values dropped.
    /// </summary>
    /// <param name="profiles">One row per judge.</param>
    /// <returns>One row per judge with the kept features.</returns>
    internal static double[][] Standardize(IReadOnlyList<IReadOnlyList<double>> profiles)
    {
        var n = profiles.Count;
        var d = n == 0 ? 0 : profiles[0].Count;
        var kept = new List<double[]>();
        for (var f = 0; f < d; f++)
        {
            var values = Enumerable.Range(0, n).Select(i => profiles[i][f]).ToArray();
            var finite = values.Where(double.IsFinite).ToArray();
            if (finite.Length < 3)
            {
                continue;
            }

            var median = Median(finite);
            var scale = MadToSd * Median([.. finite.Select(v => Math.Abs(v - median))]);
            if (!(scale > 1e-12 * (1 + Math.Abs(median))))
            {
                scale = MeanAbsoluteToSd * finite.Average(v => Math.Abs(v - median));
            }

            if (!(scale > 1e-12 * (1 + Math.Abs(median))))
            {
                continue;
            }

            kept.Add([.. values.Select(v => double.IsFinite(v) ? (v - median) / scale : 0)]);
        }

        return [.. Enumerable.Range(0, n).Select(i => kept.Select(column => column[i]).ToArray())];
    }

    /// <summary>
    /// The judges of fold <paramref name="fold"/> (index mod <paramref name="folds"/>) scored by their distance from
    /// the PCA model of the other judges.
    /// </summary>
    private static void ScoreFold(
        MLContext context, SchemaDefinition schema, double[][] z, int fold, int folds, int rank, JudgeProfileAnomalyOptions options, double[] scores)
    {
        var features = z[0].Length;
        var held = Enumerable.Range(0, z.Length).Where(i => i % folds == fold).ToArray();
        var training = z.Where((_, i) => i % folds != fold).ToArray();
        // The centred training matrix has rank ≤ judges − 1: sketch exactly that many directions (all of them when
        // features are fewer), so the randomized SVD spans the data's whole range and is exact up to rounding.
        var sketch = Math.Min(features, training.Length - 1);
        var trainer = context.AnomalyDetection.Trainers.RandomizedPca(new RandomizedPcaTrainer.Options
        {
            FeatureColumnName = FeatureColumn,
            Rank = rank,
            Oversampling = sketch - rank,
            EnsureZeroMean = true,
            Seed = options.Seed,
        });
        var model = trainer.Fit(context.Data.LoadFromEnumerable(training.Select(Row), schema));
        var scored = model.Transform(context.Data.LoadFromEnumerable(held.Select(i => Row(z[i])), schema));
        var normalizedErrors = scored.GetColumn<float>(ScoreColumn).ToArray();

        var mean = default(VBuffer<float>);
        model.Model.GetMean(ref mean);
        var mu = mean.DenseValues().Select(v => (double)v).ToArray();
        VBuffer<float>[] vectors = [];
        model.Model.GetEigenVectors(ref vectors, out var k);
        var components = vectors.Take(k).Select(v => Unit([.. v.DenseValues().Select(x => (double)x)])).ToArray();

        // Component variances and the residual variance of the other judges around their mean.
        var dof = training.Length - 1;
        var lambda = new double[k];
        var total = 0.0;
        foreach (var row in training)
        {
            var centred = Centred(row, mu);
            total += Dot(centred, centred);
            for (var c = 0; c < k; c++)
            {
                var t = Dot(components[c], centred);
                lambda[c] += t * t;
            }
        }

        var sigma2 = Math.Max(options.VarianceFloor, ((total - lambda.Sum()) / dof) / (features - k));
        for (var h = 0; h < held.Length; h++)
        {
            var x = Centred(z[held[h]], mu);
            var distance2 = Dot(x, x);
            var t2 = 0.0;
            for (var c = 0; c < k; c++)
            {
                var t = Dot(components[c], x);
                t2 += t * t / Math.Max(options.VarianceFloor, lambda[c] / dof);
            }

            // ML.NET's score is ‖x − P x‖ / ‖x‖ about the others' mean (NaN when x is the mean, or by rounding when
            // x lies in the components' span): the squared reconstruction error is its square times ‖x‖².
            var s = (double)normalizedErrors[h];
            var q = double.IsFinite(s) ? s * s * distance2 : 0;
            scores[held[h]] = Math.Sqrt(t2 + (q / sigma2));
        }
    }

    private static ProfileRow Row(double[] values) => new() { Features = [.. values.Select(v => (float)v)] };

    private static double[] Centred(double[] row, double[] mean) => [.. row.Select((v, f) => v - mean[f])];

    private static double[] Unit(double[] vector)
    {
        var norm = Math.Sqrt(Dot(vector, vector));
        return norm > 0 ? [.. vector.Select(v => v / norm)] : vector;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static JudgeProfileScores Unscored(int judges, int features, string reason)
    {
        var scores = new double[judges];
        Array.Fill(scores, double.NaN);
        return new JudgeProfileScores(scores, features, 0, reason);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>One judge's standardized profile as ML.NET reads it.</summary>
    private sealed class ProfileRow
    {
        public float[] Features { get; set; } = [];
    }
}
