using Parquet;

namespace Insights.Ingest.Lake;

/// <summary>Reads one text column of the current batches of a dataset and season (e.g. the registered project ids).</summary>
public static class LakeColumnReader
{
    /// <summary>
    /// The distinct values of a text column over the current batches of a dataset for a season, or null when the
    /// lake has no current batch of that dataset for the season.
    /// </summary>
    /// <param name="lake">The lake.</param>
    /// <param name="dataset">Dataset name.</param>
    /// <param name="season">Season.</param>
    /// <param name="column">Text column name.</param>
    public static async Task<IReadOnlySet<string>?> DistinctAsync(LakeStore lake, string dataset, string season, string column)
    {
        var files = lake.Current()
            .Where(c => c.Season == season && c.Batch.Dataset == dataset)
            .SelectMany(c => c.Batch.Files.Where(f => f.Dataset == dataset && f.Season == season))
            .ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(lake.FullPath(file.Path));
            await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
            var field = reader.Schema.GetDataFields().First(f => f.Name == column);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var data = new string?[group.RowCount];
                await group.ReadAsync(field, data.AsMemory()).ConfigureAwait(false);
                foreach (var value in data)
                {
                    if (value is not null)
                    {
                        values.Add(value);
                    }
                }
            }
        }

        return values;
    }
}
