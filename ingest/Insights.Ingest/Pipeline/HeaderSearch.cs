using Insights.Ingest.Feeds;
using Insights.Ingest.Feeds.Layouts;
using Insights.Ingest.Reading;

namespace Insights.Ingest.Pipeline;

/// <summary>
/// Finds a file's header and feed: the first non-blank row, or, when that fits no feed (a title row such as
/// 2023年XX大赛评审结果 above the header), the first of the rows 2 to 10 that does. A layout file's <c>header_row</c>
/// is taken as given. Each try opens the file again, within the same reading limits. When no row fits, the message
/// says if the file's encoding may be the cause (<see cref="HeaderEncodingHint"/>).
/// </summary>
public static class HeaderSearch
{
    /// <summary>The last row tried as the header.</summary>
    public const int MaxHeaderRow = 10;

    /// <summary>The file's binding and the row its header starts the search at (for reading it again).</summary>
    /// <param name="path">The file.</param>
    /// <param name="read">Reading options (encoding, sheet, limits).</param>
    /// <param name="catalog">The feeds.</param>
    /// <param name="forced">A feed given by the user, or null.</param>
    /// <param name="layout">A layout file, or null.</param>
    /// <exception cref="FeedException">No row makes a recognisable header (the message is the first row's).</exception>
    public static (FeedBinding Binding, int HeaderRow) Recognise(string path, TableReadOptions read, FeedCatalog catalog, string? forced, LayoutFile? layout)
    {
        var name = Path.GetFileName(path);
        if (layout?.HeaderRow is int given)
        {
            using var reader = TableReaders.Open(path, read with { HeaderRow = given });
            return (catalog.Recognise(reader.Header, name, forced, layout), given);
        }

        IReadOnlyList<string> previous;
        using (var first = TableReaders.Open(path, read with { HeaderRow = 1 }))
        {
            try
            {
                return (catalog.Recognise(first.Header, name, forced, layout), 1);
            }
            catch (FeedException e) when (e.NoFit && first.Format != "json")
            {
                previous = first.Header;
                for (var row = 2; row <= MaxHeaderRow; row++)
                {
                    try
                    {
                        using var again = TableReaders.Open(path, read with { HeaderRow = row });
                        if (again.Header.SequenceEqual(previous))
                        {
                            continue;
                        }

                        previous = again.Header;
                        return (catalog.Recognise(again.Header, name, forced, layout), row);
                    }
                    catch (FeedException later) when (later.NoFit)
                    {
                        // Not the header either: try the next row.
                    }
                    catch (SourceFileException)
                    {
                        // A row that cannot be a header (duplicate names, past the end): the first row's message stands.
                    }
                }

                throw HeaderEncodingHint.With(e, first.Header, first.Encoding);
            }
        }
    }
}
