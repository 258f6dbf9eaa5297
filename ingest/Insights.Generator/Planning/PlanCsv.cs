using System.Text;

namespace Insights.Generator.Planning;

/// <summary>
/// Splits one line of a plan file into fields: comma-separated, RFC 4180 quotes (<c>"a,b"</c>, <c>""</c> for a quote),
/// spaces around a field trimmed. A plan's cells are ids and codes, so a field never spans lines.
/// </summary>
internal static class PlanCsv
{
    /// <summary>The fields of <paramref name="line"/>, or null when a quoted field is not closed on the line.</summary>
    /// <param name="line">One line, without its line end.</param>
    /// <returns>The fields, trimmed.</returns>
    public static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
