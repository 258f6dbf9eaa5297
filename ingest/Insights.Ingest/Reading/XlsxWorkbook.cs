using System.Xml;

namespace Insights.Ingest.Reading;

/// <summary>
/// Where a workbook's parts are: the package relationships name the workbook, the workbook lists its sheets, and its
/// relationships name each sheet's part, the shared strings and the styles. Each of these parts is streamed and only
/// what is needed is kept, so none of them can grow the reader's memory with its size.
/// </summary>
/// <param name="SheetName">The sheet read.</param>
/// <param name="SheetPart">Its part.</param>
/// <param name="SharedStringsPart">The shared string table's part, if any.</param>
/// <param name="StylesPart">The styles part, if any.</param>
/// <param name="Date1904">Whether serial dates count from 1904.</param>
internal sealed record XlsxWorkbook(string SheetName, string SheetPart, string? SharedStringsPart, string? StylesPart, bool Date1904)
{
    private const int MaxSheets = 4096;
    private const int MaxNameLength = 255;
    private const int NamesListed = 30;

    /// <summary>Finds the parts of the sheet <paramref name="sheet"/> (the first worksheet when null).</summary>
    /// <exception cref="SourceFileException">No workbook part, no such sheet, or the workbook is over a limit.</exception>
    internal static XlsxWorkbook Find(XlsxPackage package, string? sheet)
    {
        var path = package.Path;
        var workbook = Relationships(package, "", _ => true).FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? throw new SourceFileException(path, "不是有效的 XLSX 文件：缺少工作簿", "not a valid XLSX file: there is no workbook part");
        var (sheets, names, date1904) = Sheets(package, workbook, sheet);
        var wanted = sheets.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = Relationships(package, workbook, r => wanted.Contains(r.Id) || IsShared(r.Type) || IsStyles(r.Type));
        foreach (var (name, id) in sheets)
        {
            var target = relationships.FirstOrDefault(r => r.Id == id && r.Type.EndsWith("/worksheet", StringComparison.Ordinal)).Target;
            if (target is not null && package.Has(target))
            {
                return new XlsxWorkbook(
                    name, target, relationships.FirstOrDefault(r => IsShared(r.Type)).Target, relationships.FirstOrDefault(r => IsStyles(r.Type)).Target, date1904);
            }
        }

        var list = string.Join("、", names) + (names.Count == NamesListed ? "…" : "");
        throw sheet is null
            ? new SourceFileException(path, "工作簿中没有工作表", "the workbook has no worksheet")
            : new SourceFileException(path, $"找不到工作表“{sheet}”（现有：{list}）", $"there is no worksheet \"{sheet}\" (the workbook has: {list})");
    }

    private static bool IsShared(string type) => type.EndsWith("/sharedStrings", StringComparison.Ordinal);

    private static bool IsStyles(string type) => type.EndsWith("/styles", StringComparison.Ordinal);

    /// <summary>The sheets that may be the one asked for (every sheet when none is named), in workbook order.</summary>
    private static (List<(string Name, string Id)> Sheets, List<string> Names, bool Date1904) Sheets(XlsxPackage package, string workbook, string? wanted)
    {
        using var part = package.OpenPart(workbook)
            ?? throw new SourceFileException(package.Path, "不是有效的 XLSX 文件：缺少工作簿", "not a valid XLSX file: there is no workbook part");
        var (sheetAtom, propertiesAtom) = (part.Atom("sheet"), part.Atom("workbookPr"));
        var wantedName = wanted is null ? null : HeaderNames.Normalize(wanted);
        var sheets = new List<(string, string)>();
        var names = new List<string>();
        var date1904 = false;
        var count = 0;
        while (part.Read())
        {
            if (part.Xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if ((object)part.Xml.LocalName == propertiesAtom)
            {
                date1904 = part.Attribute("date1904") is "1" or "true";
            }
            else if ((object)part.Xml.LocalName == sheetAtom)
            {
                if (++count > MaxSheets)
                {
                    throw ReadLimits.Exceeded(
                        package.Path, $"工作簿列出的工作表多于 {ReadLimits.N(MaxSheets)} 个", $"the workbook lists more than {ReadLimits.N(MaxSheets)} sheets", ReadLimits.N(MaxSheets));
                }

                var name = part.Attribute("name") ?? "";
                var id = part.Attribute("id");
                if (names.Count < NamesListed)
                {
                    names.Add(CellText.Truncate(name, MaxNameLength));
                }

                var matches = wantedName is null || string.Equals(HeaderNames.Normalize(name), wantedName, StringComparison.OrdinalIgnoreCase);
                if (matches && id is { Length: <= MaxNameLength })
                {
                    sheets.Add((CellText.Truncate(name, MaxNameLength), id));
                }
            }
        }

        return (sheets, names, date1904);
    }

    /// <summary>The relationships of a part that <paramref name="keep"/> selects, with their targets resolved to part names.</summary>
    private static List<(string Id, string Type, string? Target)> Relationships(XlsxPackage package, string source, Func<(string Id, string Type), bool> keep)
    {
        var relationships = new List<(string, string, string?)>();
        using var part = package.OpenPart(XlsxPackage.RelationshipsOf(source));
        if (part is null)
        {
            return relationships;
        }

        var relationship = part.Atom("Relationship");
        while (part.Read())
        {
            if (part.Xml.NodeType != XmlNodeType.Element || (object)part.Xml.LocalName != relationship)
            {
                continue;
            }

            var (id, type, target) = (part.Attribute("Id") ?? "", part.Attribute("Type") ?? "", part.Attribute("Target"));
            var external = part.Attribute("TargetMode") is "External";
            if (!external && target is { Length: <= 1024 } && id.Length <= MaxNameLength && type.Length <= 1024 && keep((id, type)))
            {
                relationships.Add((id, type, XlsxPackage.Resolve(source, target)));
                if (relationships.Count > MaxSheets + 2)
                {
                    break;
                }
            }
        }

        return relationships;
    }
}
