using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Dashboard.Tests.Support;

/// <summary>
/// The dashboard on Kestrel at a free port of 127.0.0.1, for what the in-memory server does not show: Kestrel's
/// checks of response headers (a control character in a redirect is a 500 there) and the client's address (clients
/// can connect from 127.0.0.N, which the server sees as their address).
/// </summary>
public sealed class LiveDashboard : IAsyncDisposable
{
    private readonly DashboardFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    private LiveDashboard(DashboardFactory factory, WebApplicationFactory<Program> app, Uri address)
    {
        _factory = factory;
        _app = app;
        BaseAddress = address;
    }

    /// <summary>Where the dashboard listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The accounts file of this dashboard (its own copy).</summary>
    public string UsersFile => _factory.UsersFile;

    /// <summary>Starts the dashboard with configuration keys of its own.</summary>
    /// <param name="warehouse">The warehouse file.</param>
    /// <param name="settings">Configuration keys and values (they win over appsettings.json).</param>
    /// <returns>The running dashboard.</returns>
    public static LiveDashboard Start(string warehouse, IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new DashboardFactory(warehouse);
        var app = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        return new LiveDashboard(factory, app, uri);
    }

    /// <summary>A client that does not follow redirects, optionally connecting from another loopback address.</summary>
    /// <param name="from">The client's address (127.0.0.N), or null for the system's choice.</param>
    /// <param name="cookies">Whether the client keeps cookies.</param>
    /// <returns>The client.</returns>
    public HttpClient Client(IPAddress? from = null, bool cookies = true)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies };
        if (from is not null)
        {
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        await _factory.DisposeAsync().ConfigureAwait(false);
    }
}
