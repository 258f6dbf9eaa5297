namespace Insights.Analytics.Severity;

/// <summary>
/// An in-place dense Cholesky factorization A = L L' of a symmetric positive definite matrix held row-major in a
/// reusable buffer (only the lower triangle is read and written; the upper triangle is scratch). Blocked and
/// right-looking: each block column is factored, then the trailing lower triangle is updated by
/// <see cref="ProductKernel"/> on the thread pool. No allocation per factorization.
/// </summary>
internal sealed class DenseCholesky
{
    /// <summary>Columns per block column.</summary>
    private const int BlockSize = 96;

    /// <summary>Rows per parallel work item of the panel and the trailing update.</summary>
    private const int ChunkRows = 32;

    /// <summary>Below this order everything runs on the calling thread.</summary>
    private const int ParallelOrder = 320;

    private const int Width = ProductKernel.PanelWidth;

    private readonly double[] _pack;      // L21 packed as B for the trailing update
    private readonly double[] _panel;     // A21 before the panel solve
    private readonly double[] _inverse;   // −(L11⁻¹)' packed as B
    private readonly double[] _scratch;   // L11⁻¹

    /// <summary>Creates the buffers for matrices of order <paramref name="order"/>.</summary>
    public DenseCholesky(int order)
    {
        Order = order;
        Matrix = new double[Math.Max(1, order * order)];
        _pack = new double[BlockSize * (((order + Width - 1) / Width) + 1) * Width];
        _panel = new double[Math.Max(1, order * BlockSize)];
        _inverse = new double[BlockSize * (BlockSize + Width)];
        _scratch = new double[BlockSize * BlockSize];
    }

    /// <summary>The order n.</summary>
    public int Order { get; }

    /// <summary>Row-major n × n storage: the lower triangle holds A before <see cref="Factor"/>, L after.</summary>
    public double[] Matrix { get; }

    /// <summary>Factors the lower triangle of <see cref="Matrix"/> in place.</summary>
    /// <returns>False when the matrix is not (numerically) positive definite; the buffer is then undefined.</returns>
    public bool Factor()
    {
        int n = Order;
        var a = Matrix;
        for (var k0 = 0; k0 < n; k0 += BlockSize)
        {
            var b = Math.Min(BlockSize, n - k0);
            for (var i = k0; i < k0 + b; i++)
            {
                if (!FactorRow(a, n, i, k0, i + 1))
                {
                    return false;
                }
            }

            var r0 = k0 + b;
            var m = n - r0;
            if (m == 0)
            {
                break;
            }

            // The panel L21 = A21 L11⁻ᵀ as a product with the explicit inverse of the small diagonal block.
            PackDiagonalInverse(a, n, k0, b);
            var panels = (m + Width - 1) / Width;
            Array.Clear(_pack, (panels - 1) * b * Width, b * Width);
            var chunks = (m + ChunkRows - 1) / ChunkRows;
            ForChunks(chunks, n, chunk =>
            {
                var first = r0 + (chunk * ChunkRows);
                var rows = Math.Min(ChunkRows, n - first);
                for (var r = first; r < first + rows; r++)
                {
                    Array.Copy(a, (r * n) + k0, _panel, (r - r0) * b, b);
                    Array.Clear(a, (r * n) + k0, b);
                }

                ProductKernel.SubtractProduct(
                    a, (first * n) + k0, n, _panel, (first - r0) * b, b, _inverse, b, rows, 0, (b + Width - 1) / Width, b, PanelShape.Upper);
                for (var r = first; r < first + rows; r++)
                {
                    var rel = r - r0;
                    var at = ((rel / Width) * b * Width) + (rel % Width);
                    for (var c = 0; c < b; c++)
                    {
                        _pack[at + (c * Width)] = a[(r * n) + k0 + c];
                    }
                }
            });

            // The trailing lower triangle: A22 −= L21 L21'.
            ForChunks(chunks, n, chunk =>
            {
                var first = r0 + (chunk * ChunkRows);
                var rows = Math.Min(ChunkRows, n - first);
                var endPanel = Math.Min(panels, ((first + rows - r0) + Width - 1) / Width);
                ProductKernel.SubtractProduct(a, (first * n) + r0, n, a, (first * n) + k0, n, _pack, b, rows, 0, endPanel, m);
            });
        }

        return true;
    }

    /// <summary>log det A = 2 Σ log L_ii, after <see cref="Factor"/>.</summary>
    public double LogDeterminant()
    {
        var s = 0.0;
        for (var i = 0; i < Order; i++)
        {
            s += Math.Log(Matrix[(i * Order) + i]);
        }

        return 2 * s;
    }

    /// <summary>Overwrites <paramref name="rhs"/> with the solution x of A x = rhs, after <see cref="Factor"/>.</summary>
    public void Solve(double[] rhs)
    {
        int n = Order;
        var a = Matrix;
        for (var i = 0; i < n; i++)
        {
            rhs[i] = (rhs[i] - ProductKernel.Dot(a, i * n, rhs, 0, i)) / a[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            rhs[i] /= a[(i * n) + i];
            if (i > 0)
            {
                ProductKernel.Axpy(-rhs[i], a, i * n, rhs, 0, i);
            }
        }
    }

    /// <summary>
    /// The inverse W = L₁₁⁻¹ of the leading <paramref name="order"/> × <paramref name="order"/> block of the factor,
    /// row-major with stride <paramref name="order"/> (lower triangular, zeros above), after <see cref="Factor"/>.
    /// </summary>
    public double[] LeadingInverse(int order)
    {
        int n = Order;
        var l = Matrix;
        var w = new double[Math.Max(1, order * order)];
        var pack = new double[(order + Width) * (order + Width)];
        var t = new double[BlockSize * order];                       // −L[I, 0:i0] W[0:i0, 0:i0]
        var packT = new double[BlockSize * (order + Width)];
        var negative = new double[BlockSize * BlockSize];            // −L_II⁻¹
        for (var i0 = 0; i0 < order; i0 += BlockSize)
        {
            // W_II = L_II⁻¹; W_IJ = −L_II⁻¹ Σ_K L_IK W_KJ for J before I, both products by ProductKernel.
            var b = Math.Min(BlockSize, order - i0);
            InvertDiagonalBlock(l, n, i0, b, _scratch);
            for (var i = 0; i < b; i++)
            {
                Array.Copy(_scratch, i * b, w, ((i0 + i) * order) + i0, i + 1);
                for (var c = 0; c < b; c++)
                {
                    negative[(i * b) + c] = -_scratch[(i * b) + c];
                }
            }

            if (i0 == 0)
            {
                continue;
            }

            var panels = (i0 + Width - 1) / Width;
            Array.Clear(pack, 0, panels * i0 * Width);
            for (var c = 0; c < i0; c++)
            {
                for (var j = 0; j <= c; j++)
                {
                    pack[((j / Width) * i0 * Width) + (c * Width) + (j % Width)] = w[(c * order) + j];
                }
            }

            Array.Clear(t, 0, b * i0);
            var chunks = (b + ChunkRows - 1) / ChunkRows;
            ForChunks(chunks, order, chunk =>
            {
                var first = chunk * ChunkRows;
                var rows = Math.Min(ChunkRows, b - first);
                ProductKernel.SubtractProduct(t, first * i0, i0, l, ((i0 + first) * n), n, pack, i0, rows, 0, panels, i0, PanelShape.Lower);
            });

            Array.Clear(packT, 0, panels * b * Width);
            for (var c = 0; c < b; c++)
            {
                for (var j = 0; j < i0; j++)
                {
                    packT[((j / Width) * b * Width) + (c * Width) + (j % Width)] = t[(c * i0) + j];
                }
            }

            ForChunks(chunks, order, chunk =>
            {
                var first = chunk * ChunkRows;
                var rows = Math.Min(ChunkRows, b - first);
                ProductKernel.SubtractProduct(w, (i0 + first) * order, order, negative, first * b, b, packT, b, rows, 0, panels, i0);
            });
        }

        return w;
    }

    // L_kk⁻¹ of the diagonal block at k0 (order b) of the factor, row-major b × b, by forward substitution.
    private static void InvertDiagonalBlock(double[] a, int n, int k0, int b, double[] t)
    {
        Array.Clear(t, 0, b * b);
        for (var i = 0; i < b; i++)
        {
            var row = (k0 + i) * n;
            for (var c = 0; c < i; c++)
            {
                ProductKernel.Axpy(-a[row + k0 + c], t, c * b, t, i * b, c + 1);
            }

            var d = 1 / a[row + k0 + i];
            for (var j = 0; j < i; j++)
            {
                t[(i * b) + j] *= d;
            }

            t[(i * b) + i] = d;
        }
    }

    // Packs −(L11⁻¹)' of the diagonal block at k0 (order b) as B for ProductKernel: B[c, j] = −(L11⁻¹)[j, c].
    private void PackDiagonalInverse(double[] a, int n, int k0, int b)
    {
        var t = _scratch;
        InvertDiagonalBlock(a, n, k0, b, t);
        Array.Clear(_inverse, 0, ((b + Width - 1) / Width) * b * Width);
        for (var j = 0; j < b; j++)
        {
            var at = ((j / Width) * b * Width) + (j % Width);
            for (var c = 0; c <= j; c++)
            {
                _inverse[at + (c * Width)] = -t[(j * b) + c];
            }
        }
    }

    private static void ForChunks(int chunks, int order, Action<int> body)
    {
        if (order < ParallelOrder || chunks < 2)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                body(chunk);
            }
        }
        else
        {
            Parallel.For(0, chunks, body);
        }
    }

    // Row i of L over the columns [k0, end): the left-looking update within the current block column.
    private static bool FactorRow(double[] a, int n, int i, int k0, int end)
    {
        var row = i * n;
        for (var j = k0; j < end; j++)
        {
            var s = a[row + j] - ProductKernel.Dot(a, row + k0, a, (j * n) + k0, j - k0);
            if (j == i)
            {
                if (!(s > 0) || !double.IsFinite(s))
                {
                    return false;
                }

                a[row + i] = Math.Sqrt(s);
                return true;
            }

            a[row + j] = s / a[(j * n) + j];
        }

        return true;
    }
}
