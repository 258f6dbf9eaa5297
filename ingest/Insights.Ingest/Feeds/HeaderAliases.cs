using System.Globalization;
using System.Text;

namespace Insights.Ingest.Feeds;

/// <summary>
/// The alias table: which source headers (Chinese or English, as organizers' exports spell them) mean which feed field.
/// Loaded from the embedded <c>header_aliases.csv</c>; headers compare after <see cref="Normalize"/>.
/// </summary>
public static class HeaderAliases
{
    private static readonly Lazy<IReadOnlyList<(string Feed, string Field, string Alias)>> s_table = new(Load);

    /// <summary>Every row of the table: feed id (or <c>*</c> for all feeds), field name, alias.</summary>
    public static IReadOnlyList<(string Feed, string Field, string Alias)> Table => s_table.Value;

    /// <summary>
    /// The comparison form of a header: full-width folded, lower case, without spaces, underscores, hyphens, dots
    /// and brackets, so that <c>Project ID</c>, <c>project_id</c> and <c>projectId</c> compare equal.
    /// </summary>
    /// <param name="header">A header as read.</param>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var raw in header.Normalize(NormalizationForm.FormKC))
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '(' or ')' or '[' or ']' or '（' or '）' or '【' or '】' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The normalized aliases of one field of one feed, the field's own name included.</summary>
    /// <param name="feed">Feed id.</param>
    /// <param name="field">Field name.</param>
    public static IReadOnlySet<string> For(string feed, string field)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { Normalize(field) };
        foreach (var (f, name, alias) in Table)
        {
            if ((f == feed || f == "*") && name == field)
            {
                set.Add(Normalize(alias));
            }
        }

        return set;
    }

    /// <summary>
    /// The Chinese headers the table accepts for one field of one feed, as written in the table: what a message names
    /// when a file lacks the field.
    /// </summary>
    /// <param name="feed">Feed id.</param>
    /// <param name="field">Field name.</param>
    public static IReadOnlyList<string> ChineseFor(string feed, string field) =>
        [.. Table.Where(r => (r.Feed == feed || r.Feed == "*") && r.Field == field && r.Alias.Any(IsChinese)).Select(r => r.Alias).Distinct(StringComparer.Ordinal)];

    /// <summary>Missing fields with the Chinese headers that would give them, in Chinese and in English.</summary>
    /// <param name="feed">Feed id.</param>
    /// <param name="fields">The missing field names.</param>
    public static (string Zh, string En) DescribeMissing(string feed, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var zh = fields.Select(f => ChineseFor(feed, f) is { Count: > 0 } a ? $"{f}（可用表头：{string.Join("、", a)}）" : f);
        var en = fields.Select(f => ChineseFor(feed, f) is { Count: > 0 } a ? $"{f} (accepted headers: {string.Join(", ", a)})" : f);
        return (string.Join("、", zh), string.Join(", ", en));
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static List<(string, string, string)> Load()
    {
        using var stream = typeof(HeaderAliases).Assembly.GetManifestResourceStream("header_aliases.csv")
            ?? throw new InvalidOperationException("header_aliases.csv is not embedded in Insights.Ingest");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(string, string, string)>();
        var line = reader.ReadLine(); // header: feed,field,alias
        var number = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(',');
            if (parts.Length != 3)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"header_aliases.csv 第 {number} 行应有 3 列 / header_aliases.csv line {number} must have 3 columns"));
            }

            rows.Add((parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }

        return rows;
    }
}
