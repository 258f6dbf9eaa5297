namespace Insights.Ingest.Reading;

/// <summary>Opens source files: CSV (or TXT/TSV), XLSX and JSON.</summary>
public static class TableReaders
{
    /// <summary>
    /// Opens <paramref name="path"/> and reads its header. The format comes from the content where it is unambiguous
    /// (a zip is read as XLSX whatever its name; an old binary .xls is rejected), else from the extension
    /// (<c>.json</c> is JSON, <c>.csv</c>, <c>.txt</c>, <c>.tsv</c> are delimited text); an unknown extension is JSON
    /// when the text starts with <c>{</c> or <c>[</c>, else delimited text.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Encoding, sheet and the limits; null for the defaults.</param>
    /// <returns>The open reader; dispose it.</returns>
    /// <exception cref="SourceFileException">The file is missing or cannot be read as any supported format.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> names an unknown encoding or a limit below 1.</exception>
    public static TableReader Open(string path, TableReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= new TableReadOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCellLength, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(options.MaxColumns, options.MaxRecordLength), 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(options.MaxJsonDepth, options.MaxXlsxCompressionRatio), 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Math.Min(Math.Min(options.MaxXlsxUncompressedBytes, options.MaxXlsxRows), Math.Min(options.MaxSharedStrings, options.MaxSharedStringChars)), 1, nameof(options));
        if (options.Encoding is { } encoding)
        {
            _ = EncodingDetector.Forced(encoding);
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SourceFileException(path, "找不到文件", "file not found", null, null, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new SourceFileException(path, "无法打开文件：" + e.Message, "cannot open the file: " + e.Message, null, null, e);
        }

        try
        {
            return Sniff(file, path) switch
            {
                "xlsx" => XlsxTableReader.Open(path, file, options),
                "json" => JsonTableReader.Open(path, file, options),
                _ => CsvTableReader.Open(path, file, options),
            };
        }
        catch (SourceFileException)
        {
            file.Dispose();
            throw;
        }
        catch (Exception e)
        {
            // Whatever a parser throws on a damaged file (InvalidDataException, XmlException, OpenXmlPackageException,
            // NotSupportedException, ArgumentException, ...) means the same to the caller: the file cannot be read.
            file.Dispose();
            throw Unreadable(path, e);
        }
    }

    private static string Sniff(FileStream file, string path)
    {
        Span<byte> head = stackalloc byte[8];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        file.Position = 0;
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8))
        {
            return "xlsx";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw new SourceFileException(
                path,
                "这是旧版 .xls 工作簿或加密的工作簿，不受支持：请在 Excel 中另存为 .xlsx（不加密）",
                "this is a legacy .xls or a password-protected workbook, which is not supported: save it from Excel as .xlsx without a password");
        }

        switch (extension)
        {
            case ".xlsx" or ".xlsm":
                throw new SourceFileException(path, "不是有效的 XLSX 文件（不是 zip 压缩包）", "not a valid XLSX file (it is not a zip archive)");
            case ".json":
                return "json";
            case ".csv" or ".txt" or ".tsv":
                return "csv";
            default:
                var text = head.TrimStart(" \t\r\n"u8).TrimStart((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                return text.Length > 0 && text[0] is (byte)'{' or (byte)'[' ? "json" : "csv";
        }
    }

    private static SourceFileException Unreadable(string path, Exception e)
    {
        var kind = System.IO.Path.GetExtension(path);
        return new SourceFileException(path, $"无法读取文件（{kind}）：{e.Message}", $"cannot read the file ({kind}): {e.Message}", null, null, e);
    }

    /// <summary>Whether an encoding name is one <see cref="TableReadOptions.Encoding"/> accepts.</summary>
    /// <param name="name">An encoding name, e.g. <c>gb18030</c>.</param>
    public static bool IsKnownEncoding(string name)
    {
        try
        {
            EncodingDetector.Forced(name);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
