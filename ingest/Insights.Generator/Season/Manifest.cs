using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Insights.Generator.Season;

/// <summary>Step 11: manifest.json, every export file with its row count, size and SHA-256, so a reader can check what it got.</summary>
internal static class Manifest
{
    /// <summary>Writes the manifest, files sorted by path (the steps' order is not the reader's concern).</summary>
    /// <param name="context">The season.</param>
    /// <param name="files">Every export file the steps wrote, closed.</param>
    /// <returns>The manifest's path.</returns>
    public static string Write(SeasonContext context, IReadOnlyList<SeasonFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var options = context.Options;
        var path = context.OutPath("manifest.json");
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("generator", "insights generate");
        json.WriteString("season", context.Catalog.Season.Id);
        json.WriteNumber("seed", options.Seed);
        json.WriteNumber("projects", options.Projects);
        if (context.Plan is { } plan)
        {
            // Only with a plan, so a season without one keeps its manifest.
            json.WriteStartObject("plan");
            json.WriteString("file", Path.GetFileName(plan.File));
            json.WriteNumber("rows", plan.Rows.Count);
            json.WriteString("sha256", plan.Sha256);
            json.WriteEndObject();
        }

        json.WriteString("note", "合成数据，仅供演示与测试 / synthetic data for demonstration and tests; the planted truth is kept in a separate folder");
        json.WriteStartArray("files");
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("path", Path.GetRelativePath(options.OutputDirectory, file.Path).Replace('\\', '/'));
            json.WriteString("format", file.Format);
            if (file.Encoding.Length > 0)
            {
                json.WriteString("encoding", file.Encoding);
            }

            json.WriteNumber("rows", file.Rows);
            json.WriteNumber("bytes", new FileInfo(file.Path).Length);
            json.WriteString("sha256", Sha256(file.Path));
            json.WriteString("description", file.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        return path;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
