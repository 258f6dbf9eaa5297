namespace Insights.Ingest.Feeds;

/// <summary>Small text helpers shared by feeds.</summary>
internal static class FeedText
{
    private static readonly char[] s_listSeparators = [';', '；', '、', ',', '，', '|'];

    /// <summary>A list cell ("A；B、C") as "A; B; C", or null.</summary>
    public static string? JoinList(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var parts = cell.Split(s_listSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>Snake case of an enum member name: InvalidCharacter → invalid_character.</summary>
    public static string Snake(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
