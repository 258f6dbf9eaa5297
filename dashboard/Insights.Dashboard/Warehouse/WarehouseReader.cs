using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Insights.Warehouse.Reading.Versions;
using Microsoft.Extensions.Options;

namespace Insights.Dashboard.Warehouse;

/// <summary>
/// Read-only access to the warehouse for the pages: each query runs on the thread pool (DuckDB.NET's async methods
/// are synchronous, and the render path must not block) on its own read-only connection, and its result is cached
/// per warehouse version, so a new ingest or analyze shows up at once and an unchanged warehouse is queried once.
/// </summary>
public sealed class WarehouseReader(IOptions<WarehouseOptions> options, ILogger<WarehouseReader> logger)
{
    private readonly ConcurrentDictionary<(string Stamp, string Key), Lazy<Task<object>>> _cache = new();
    private string _stamp = "";

    /// <summary>The warehouse file.</summary>
    public string Path => options.Value.Path;

    /// <summary>The version of the data now in the warehouse.</summary>
    /// <returns>The version; a missing warehouse gives an empty one.</returns>
    public Task<DataVersion> VersionAsync() => QueryAsync("version", connection =>
    {
        var analysed = VersionReader.AnyAnalysis(connection);
        var batch = VersionReader.Current(connection);
        return new DataVersion(Stamp(), batch.BatchId, batch.LoadedAt, analysed);
    });

    /// <summary>Runs a query once per warehouse version and key, off the calling thread.</summary>
    /// <typeparam name="T">The result type (immutable: it is shared between requests).</typeparam>
    /// <param name="key">What the query is, including its parameters (for example "track|T01").</param>
    /// <param name="query">Reads with the given read-only connection; parameterized SQL only.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FileNotFoundException">The warehouse file does not exist.</exception>
    public async Task<T> QueryAsync<T>(string key, Func<DuckDBConnection, T> query)
    {
        var stamp = Stamp();
        if (stamp != _stamp)
        {
            // A new warehouse: drop what was cached for the old one.
            foreach (var old in _cache.Keys.Where(k => k.Stamp != stamp))
            {
                _cache.TryRemove(old, out _);
            }

            _stamp = stamp;
        }

        var entry = _cache.GetOrAdd((stamp, key), _ => new Lazy<Task<object>>(() => Task.Run(() =>
        {
            using var connection = new DuckDBConnection($"Data Source={Path};ACCESS_MODE=READ_ONLY");
            connection.Open();
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Query {Key} on warehouse version {Stamp}", key, stamp);
            }

            return (object)query(connection)!;
        })));
        try
        {
            return (T)await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            // A failed query is not cached: the next request tries again.
            _cache.TryRemove((stamp, key), out _);
            throw;
        }
    }

    private string Stamp()
    {
        var file = new FileInfo(Path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"数据仓库不存在 / the warehouse does not exist: {Path}", Path);
        }

        return $"{file.LastWriteTimeUtc.Ticks}:{file.Length}";
    }
}
