using System.Globalization;
using Insights.Analytics.Severity;
using MathNet.Numerics.LinearAlgebra;

namespace Insights.Analytics.Tests.Severity;

/// <summary>
/// The hand-written blocked Cholesky of the severity model against MathNet's on random symmetric positive definite
/// matrices, at orders that exercise one block, several blocks, ragged edges and the parallel path: factor entries,
/// log-determinant and solution to 1e-10 relative (to the largest entry), inverse of the leading block to 1e-10.
/// </summary>
public sealed class DenseCholeskyTests
{
    /// <summary>Factor, log-determinant, solve and leading inverse agree with MathNet.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(96)]
    [InlineData(97)]
    [InlineData(250)]
    [InlineData(437)]
    public void Matches_MathNet_on_random_spd_matrices(int order)
    {
        var random = new Random(order);
        var g = Matrix<double>.Build.Dense(order, order, (_, _) => random.NextDouble() - 0.5);
        var a = (g * g.Transpose()) + (Matrix<double>.Build.DenseIdentity(order) * (order / 4.0));
        var rhs = Vector<double>.Build.Dense(order, _ => random.NextDouble());
        var reference = a.Cholesky();

        var cholesky = new DenseCholesky(order);
        for (var i = 0; i < order; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                cholesky.Matrix[(i * order) + j] = a[i, j];
            }
        }

        Assert.True(cholesky.Factor());
        var l = reference.Factor;
        var scale = l.Enumerate().Max(Math.Abs);
        for (var i = 0; i < order; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                AssertClose(l[i, j], cholesky.Matrix[(i * order) + j], 1e-10 * scale, $"L[{i},{j}]");
            }
        }

        AssertClose(reference.DeterminantLn, cholesky.LogDeterminant(), 1e-10 * Math.Abs(reference.DeterminantLn), "log det");
        var x = rhs.ToArray();
        cholesky.Solve(x);
        var expected = reference.Solve(rhs);
        var xScale = expected.Enumerate().Max(Math.Abs);
        for (var i = 0; i < order; i++)
        {
            AssertClose(expected[i], x[i], 1e-10 * xScale, $"x[{i}]");
        }

        var leading = Math.Max(1, order - 3);
        var w = cholesky.LeadingInverse(leading);
        var inverse = l.SubMatrix(0, leading, 0, leading).Inverse();
        var wScale = inverse.Enumerate().Max(Math.Abs);
        for (var i = 0; i < leading; i++)
        {
            for (var j = 0; j < leading; j++)
            {
                AssertClose(inverse[i, j], w[(i * leading) + j], 1e-10 * wScale, $"W[{i},{j}]");
            }
        }
    }

    /// <summary>A matrix that is not positive definite is reported, not factored.</summary>
    [Fact]
    public void Rejects_an_indefinite_matrix()
    {
        var cholesky = new DenseCholesky(400);
        for (var i = 0; i < 400; i++)
        {
            cholesky.Matrix[(i * 400) + i] = i == 300 ? -1 : 1;
        }

        Assert.False(cholesky.Factor());
    }

    private static void AssertClose(double expected, double actual, double tolerance, string what) =>
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{what}: {actual:R} vs MathNet {expected:R}"));
}
