using System.Net;
using System.Net.Sockets;
using Insights.Warehouse.Tests.Support;

namespace Insights.Warehouse.Tests;

/// <summary><c>serve</c> and <c>run</c> on a port another process holds: one bilingual line, exit code 2.</summary>
[Collection(RunsAlone.Name)]
public sealed class CliPortInUseTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Proves: with a TcpListener holding a port, <c>serve</c> and <c>run</c> with <c>--urls</c> on that port exit 2
    /// with one line naming the port in Chinese and English and the <c>--urls</c> hint, and no stack trace.
    /// </summary>
    [Theory]
    [InlineData("serve")]
    [InlineData("run")]
    public void A_port_in_use_is_one_bilingual_line(string verb)
    {
        using var work = new TempDirectory("port");
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var urls = $"http://127.0.0.1:{port}";
            var warehouse = work.Combine("W.duckdb");
            File.WriteAllText(warehouse, "");
            string[] arguments = verb == "serve"
                ? ["serve", "--warehouse", warehouse, "--urls", urls]
                : ["run", "--data", work.Combine("data"), "--urls", urls];

            var run = Cli.Run(s_timeout, arguments);

            Assert.Equal(2, run.Exit);
            var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains($"端口 {port} 已被占用", line, StringComparison.Ordinal);
            Assert.Contains($"port {port} is in use", line, StringComparison.Ordinal);
            Assert.Contains("--urls", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(work.Combine("data")));
        }
        finally
        {
            listener.Stop();
        }
    }
}
