using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Insights.Analytics.Severity;

/// <summary>
/// The one dense kernel of the severity model: C −= A B for row-major C and A and a B packed in panels of
/// <see cref="PanelWidth"/> columns (element (c, j) of panel p at p·k·PanelWidth + c·PanelWidth + j − p·PanelWidth,
/// zero-padded past the last column). Register-blocked 4 rows × 24 columns with 512-bit fused multiply-adds where
/// those are accelerated, 2 rows × 24 columns with 256-bit ones otherwise.
/// </summary>
internal static class ProductKernel
{
    /// <summary>Columns per packed panel of B.</summary>
    public const int PanelWidth = 24;

    /// <summary>Rows per register block of A and C.</summary>
    public const int RowBlock = 4;

    /// <summary>
    /// C[i, j] −= Σ_c A[i, c] B[c, j] for rows i in [0, rows) and the packed panels <paramref name="firstPanel"/> up to
    /// (excluding) <paramref name="endPanel"/>; columns of C at or past <paramref name="columnLimit"/> are not written.
    /// </summary>
    /// <param name="c">C's storage.</param>
    /// <param name="cOffset">Offset of C[0, column of panel 0].</param>
    /// <param name="ldc">Row stride of C.</param>
    /// <param name="a">A's storage.</param>
    /// <param name="aOffset">Offset of A[0, 0].</param>
    /// <param name="lda">Row stride of A.</param>
    /// <param name="b">Packed B.</param>
    /// <param name="depth">Inner dimension k.</param>
    /// <param name="rows">Rows of A and C.</param>
    /// <param name="firstPanel">First panel of B to apply.</param>
    /// <param name="endPanel">One past the last panel of B to apply.</param>
    /// <param name="columnLimit">Columns (relative to panel 0) that may be written.</param>
    /// <param name="shape">Which rows of a panel of B are known to be zero and are skipped.</param>
    public static void SubtractProduct(
        double[] c, int cOffset, int ldc, double[] a, int aOffset, int lda, double[] b, int depth, int rows, int firstPanel, int endPanel, int columnLimit,
        PanelShape shape = PanelShape.Full)
    {
        for (var p = firstPanel; p < endPanel; p++)
        {
            var from = shape == PanelShape.Lower ? Math.Min(depth, p * PanelWidth) : 0;
            var to = shape == PanelShape.Upper ? Math.Min(depth, (p + 1) * PanelWidth) : depth;
            var bStart = (p * depth * PanelWidth) + (from * PanelWidth);
            var i = 0;
            for (; i + RowBlock <= rows; i += RowBlock)
            {
                Block4(c, cOffset + (i * ldc), ldc, a, aOffset + (i * lda) + from, lda, b, bStart, to - from, p * PanelWidth, columnLimit);
            }

            for (; i < rows; i++)
            {
                Block1(c, cOffset + (i * ldc), a, aOffset + (i * lda) + from, b, bStart, to - from, p * PanelWidth, columnLimit);
            }
        }
    }

    /// <summary>Σ_k x[k] y[k] over <paramref name="length"/> elements.</summary>
    public static double Dot(double[] x, int xOffset, double[] y, int yOffset, int length)
    {
        ref var rx = ref x[xOffset];
        ref var ry = ref y[yOffset];
        var k = 0;
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        for (; k + 8 <= length; k += 8)
        {
            s0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref rx, (nuint)k), Vector256.LoadUnsafe(ref ry, (nuint)k), s0);
            s1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref rx, (nuint)(k + 4)), Vector256.LoadUnsafe(ref ry, (nuint)(k + 4)), s1);
        }

        var s = Vector256.Sum(s0 + s1);
        for (; k < length; k++)
        {
            s += Unsafe.Add(ref rx, k) * Unsafe.Add(ref ry, k);
        }

        return s;
    }

    /// <summary>y[k] += alpha x[k] over <paramref name="length"/> elements.</summary>
    public static void Axpy(double alpha, double[] x, int xOffset, double[] y, int yOffset, int length)
    {
        ref var rx = ref x[xOffset];
        ref var ry = ref y[yOffset];
        var va = Vector256.Create(alpha);
        var k = 0;
        for (; k + 4 <= length; k += 4)
        {
            Vector256.FusedMultiplyAdd(va, Vector256.LoadUnsafe(ref rx, (nuint)k), Vector256.LoadUnsafe(ref ry, (nuint)k)).StoreUnsafe(ref ry, (nuint)k);
        }

        for (; k < length; k++)
        {
            Unsafe.Add(ref ry, k) += alpha * Unsafe.Add(ref rx, k);
        }
    }

    private static void Block4(double[] c, int cRow, int ldc, double[] a, int aRow, int lda, double[] b, int bStart, int depth, int column, int columnLimit)
    {
        if (!Vector512.IsHardwareAccelerated)
        {
            Block2(c, cRow, ldc, a, aRow, lda, b, bStart, depth, column, columnLimit);
            Block2(c, cRow + (2 * ldc), ldc, a, aRow + (2 * lda), lda, b, bStart, depth, column, columnLimit);
            return;
        }

        Vector512<double> c00 = default, c01 = default, c02 = default, c10 = default, c11 = default, c12 = default;
        Vector512<double> c20 = default, c21 = default, c22 = default, c30 = default, c31 = default, c32 = default;
        ref var ra0 = ref a[aRow];
        ref var ra1 = ref a[aRow + lda];
        ref var ra2 = ref a[aRow + (2 * lda)];
        ref var ra3 = ref a[aRow + (3 * lda)];
        ref var rb = ref b[bStart];
        for (var k = 0; k < depth; k++)
        {
            var off = (nuint)(k * PanelWidth);
            var b0 = Vector512.LoadUnsafe(ref rb, off);
            var b1 = Vector512.LoadUnsafe(ref rb, off + 8);
            var b2 = Vector512.LoadUnsafe(ref rb, off + 16);
            var x = Vector512.Create(Unsafe.Add(ref ra0, k));
            c00 = Vector512.FusedMultiplyAdd(x, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(x, b1, c01);
            c02 = Vector512.FusedMultiplyAdd(x, b2, c02);
            x = Vector512.Create(Unsafe.Add(ref ra1, k));
            c10 = Vector512.FusedMultiplyAdd(x, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(x, b1, c11);
            c12 = Vector512.FusedMultiplyAdd(x, b2, c12);
            x = Vector512.Create(Unsafe.Add(ref ra2, k));
            c20 = Vector512.FusedMultiplyAdd(x, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(x, b1, c21);
            c22 = Vector512.FusedMultiplyAdd(x, b2, c22);
            x = Vector512.Create(Unsafe.Add(ref ra3, k));
            c30 = Vector512.FusedMultiplyAdd(x, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(x, b1, c31);
            c32 = Vector512.FusedMultiplyAdd(x, b2, c32);
        }

        Store(c, cRow, column, columnLimit, c00, c01, c02);
        Store(c, cRow + ldc, column, columnLimit, c10, c11, c12);
        Store(c, cRow + (2 * ldc), column, columnLimit, c20, c21, c22);
        Store(c, cRow + (3 * ldc), column, columnLimit, c30, c31, c32);
    }

    // Two rows × 24 columns in 256-bit vectors (12 accumulators), where 512-bit vectors are not accelerated.
    private static void Block2(double[] c, int cRow, int ldc, double[] a, int aRow, int lda, double[] b, int bStart, int depth, int column, int columnLimit)
    {
        Vector256<double> c00 = default, c01 = default, c02 = default, c03 = default, c04 = default, c05 = default;
        Vector256<double> c10 = default, c11 = default, c12 = default, c13 = default, c14 = default, c15 = default;
        ref var ra0 = ref a[aRow];
        ref var ra1 = ref a[aRow + lda];
        ref var rb = ref b[bStart];
        for (var k = 0; k < depth; k++)
        {
            var off = (nuint)(k * PanelWidth);
            var x = Vector256.Create(Unsafe.Add(ref ra0, k));
            var y = Vector256.Create(Unsafe.Add(ref ra1, k));
            var v = Vector256.LoadUnsafe(ref rb, off);
            c00 = Vector256.FusedMultiplyAdd(x, v, c00);
            c10 = Vector256.FusedMultiplyAdd(y, v, c10);
            v = Vector256.LoadUnsafe(ref rb, off + 4);
            c01 = Vector256.FusedMultiplyAdd(x, v, c01);
            c11 = Vector256.FusedMultiplyAdd(y, v, c11);
            v = Vector256.LoadUnsafe(ref rb, off + 8);
            c02 = Vector256.FusedMultiplyAdd(x, v, c02);
            c12 = Vector256.FusedMultiplyAdd(y, v, c12);
            v = Vector256.LoadUnsafe(ref rb, off + 12);
            c03 = Vector256.FusedMultiplyAdd(x, v, c03);
            c13 = Vector256.FusedMultiplyAdd(y, v, c13);
            v = Vector256.LoadUnsafe(ref rb, off + 16);
            c04 = Vector256.FusedMultiplyAdd(x, v, c04);
            c14 = Vector256.FusedMultiplyAdd(y, v, c14);
            v = Vector256.LoadUnsafe(ref rb, off + 20);
            c05 = Vector256.FusedMultiplyAdd(x, v, c05);
            c15 = Vector256.FusedMultiplyAdd(y, v, c15);
        }

        Store(c, cRow, column, columnLimit, Vector512.Create(c00, c01), Vector512.Create(c02, c03), Vector512.Create(c04, c05));
        Store(c, cRow + ldc, column, columnLimit, Vector512.Create(c10, c11), Vector512.Create(c12, c13), Vector512.Create(c14, c15));
    }

    private static void Block1(double[] c, int cRow, double[] a, int aRow, double[] b, int bStart, int depth, int column, int columnLimit)
    {
        Vector512<double> c0 = default, c1 = default, c2 = default;
        ref var ra = ref a[aRow];
        ref var rb = ref b[bStart];
        for (var k = 0; k < depth; k++)
        {
            var off = (nuint)(k * PanelWidth);
            var x = Vector512.Create(Unsafe.Add(ref ra, k));
            c0 = Vector512.FusedMultiplyAdd(x, Vector512.LoadUnsafe(ref rb, off), c0);
            c1 = Vector512.FusedMultiplyAdd(x, Vector512.LoadUnsafe(ref rb, off + 8), c1);
            c2 = Vector512.FusedMultiplyAdd(x, Vector512.LoadUnsafe(ref rb, off + 16), c2);
        }

        Store(c, cRow, column, columnLimit, c0, c1, c2);
    }

    private static void Store(double[] c, int row, int column, int columnLimit, Vector512<double> v0, Vector512<double> v1, Vector512<double> v2)
    {
        ref var rc = ref c[row];
        var at = (nuint)column;
        if (column + PanelWidth <= columnLimit)
        {
            (Vector512.LoadUnsafe(ref rc, at) - v0).StoreUnsafe(ref rc, at);
            (Vector512.LoadUnsafe(ref rc, at + 8) - v1).StoreUnsafe(ref rc, at + 8);
            (Vector512.LoadUnsafe(ref rc, at + 16) - v2).StoreUnsafe(ref rc, at + 16);
            return;
        }

        Span<double> t = stackalloc double[PanelWidth];
        v0.CopyTo(t);
        v1.CopyTo(t[8..]);
        v2.CopyTo(t[16..]);
        for (var j = 0; j < PanelWidth && column + j < columnLimit; j++)
        {
            Unsafe.Add(ref rc, column + j) -= t[j];
        }
    }
}
