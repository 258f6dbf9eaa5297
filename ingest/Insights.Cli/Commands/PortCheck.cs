using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Insights.Cli.Commands;

/// <summary>
/// Finds a listening address of <c>--urls</c> whose port another process holds, before the dashboard starts: Kestrel
/// would otherwise stop with a stack trace. A host name other than localhost is not checked (it may name another
/// interface); the dashboard still reports it if it cannot bind.
/// </summary>
internal static class PortCheck
{
    /// <summary>The bilingual one-line message for the first address in use, or null when all are free.</summary>
    /// <param name="urls">The <c>--urls</c> value: addresses separated by semicolons.</param>
    public static string? InUse(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (* and +) are not valid URI hosts: read them as every interface.
            var parsed = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsed, UriKind.Absolute, out var uri) || Address(uri.Host) is not { } address)
            {
                continue;
            }

            var listener = new TcpListener(address, uri.Port);
            try
            {
                listener.Start();
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
            {
                var next = string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{uri.Host}:{(uri.Port == 65535 ? 5001 : uri.Port + 1)}");
                return e.SocketErrorCode == SocketError.AddressAlreadyInUse
                    ? string.Create(CultureInfo.InvariantCulture, $"错误 / error: 端口 {uri.Port} 已被占用（{url}），请用 --urls 指定其他地址 / port {uri.Port} is in use ({url}): give another address with --urls, e.g. --urls {next}")
                    : string.Create(CultureInfo.InvariantCulture, $"错误 / error: 无权监听端口 {uri.Port}（{url}），请用 --urls 指定其他地址 / no permission to listen on port {uri.Port} ({url}): give another address with --urls, e.g. --urls {next}");
            }
            finally
            {
                listener.Stop();
            }
        }

        return null;
    }

    private static IPAddress? Address(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : null;
}
