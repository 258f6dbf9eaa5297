using System.Globalization;
using System.Text;
using Insights.Ingest.Feeds.Review.Sheets;
using Insights.Ingest.Pipeline;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Feeds.Layouts;

/// <summary>
/// Drafts a layout file from what recognition found in a file (<c>insights layout suggest</c>), with <c># guessed:</c>
/// comments where it guessed or ignored a column, so that a person only confirms it. Ingesting the file with the
/// draft gives what ingesting it without gives.
/// </summary>
public static class LayoutSuggester
{
    /// <summary>The draft layout of a file, as YAML.</summary>
    /// <param name="path">The file.</param>
    /// <param name="read">Reading options (sheet, encoding).</param>
    /// <exception cref="FeedException">Recognition found nothing to draft from.</exception>
    /// <exception cref="SourceFileException">The file cannot be read.</exception>
    public static string Suggest(string path, TableReadOptions read)
    {
        var (binding, headerRow) = HeaderSearch.Recognise(path, read, new FeedCatalog(null), null, null);
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"# layout of {Path.GetFileName(path)}, written by `insights layout suggest`: check it, then `insights ingest FILE --layout THIS`\n");
        yaml.Append(CultureInfo.InvariantCulture, $"feed: {binding.Feed.Id}\n");
        if (read.Sheet is { } sheet)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"sheet: {Quote(sheet)}\n");
        }

        if (headerRow > 1)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"header_row: {headerRow}          # guessed: the rows above it do not make a header (a title)\n");
        }

        if (ReviewSheetFeed.LayoutOf(binding) is { } layout)
        {
            Sheet(yaml, layout, binding.Header);
        }
        else
        {
            yaml.Append("columns:                # field: the file's header\n");
            for (var f = 0; f < binding.Feed.Fields.Count; f++)
            {
                if (binding.Has(f))
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"  {binding.Feed.Fields[f].Name}: {Quote(binding.ColumnName(f))}\n");
                }
            }
        }

        return yaml.ToString();
    }

    private static void Sheet(StringBuilder yaml, SheetLayout layout, IReadOnlyList<string> header)
    {
        string Col(int column) => Quote(header[column]);
        yaml.Append("# season: 2023-XX       # the competition's season (--season wins)\n");
        if (layout.Project >= 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"project: {Col(layout.Project)}\n");
        }
        else
        {
            yaml.Append("# guessed: no project id column: the row number row-N is the project id\n");
        }

        if (layout.Track >= 0)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"track_column: {Col(layout.Track)}\n");
        }
        else
        {
            yaml.Append(CultureInfo.InvariantCulture, $"track: {Quote(layout.FixedTrack)}            # guessed: no track column\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"criterion: {layout.Criterion}\n");
        yaml.Append("stages:\n");
        foreach (var stage in layout.Stages)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - stage: {stage.Label}\n");
            if (stage.Panel >= 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"    panel: {Col(stage.Panel)}\n");
            }
            else
            {
                yaml.Append("    # guessed: no panel column: the panel is the row's judge ids of the stage, sorted and joined by +\n");
            }

            foreach (var (key, column) in new[] { ("total", stage.Total), ("rank", stage.Rank), ("award", stage.Award) })
            {
                if (column >= 0)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"    {key}: {Col(column)}\n");
                }
            }

            yaml.Append("    judges:\n");
            foreach (var judge in stage.Judges)
            {
                var parts = new List<string>();
                if (judge.Judge >= 0)
                {
                    parts.Add("judge: " + Col(judge.Judge));
                }
                else
                {
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"ordinal: {judge.Ordinal}"));
                }

                if (judge.Score >= 0)
                {
                    parts.Add("score: " + Col(judge.Score));
                }

                if (judge.Standard >= 0)
                {
                    parts.Add("standard: " + Col(judge.Standard));
                }

                if (judge.Reconsidered >= 0)
                {
                    parts.Add("reconsidered: " + Col(judge.Reconsidered));
                    parts.Add("round_label: " + Quote(judge.RoundLabel));
                }

                yaml.Append(CultureInfo.InvariantCulture, $"      - {{{string.Join(", ", parts)}}}{(judge.Judge < 0 ? "   # guessed: no judge id column: the judge is judge-N" : string.Empty)}\n");
            }
        }

        yaml.Append("awards: {}              # other award labels: {金牌: first, 银牌: second, 入围: none}\n");
        foreach (var note in layout.Notes)
        {
            yaml.Append("# guessed: ").Append(note.ReplaceLineEndings(" ")).Append('\n');
        }
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
