using System.Buffers.Binary;

namespace Insights.Ingest.Reading;

/// <summary>
/// The number of entries a zip file says it has, read from its end-of-central-directory record (and the ZIP64 record
/// when the short count is saturated) without loading the central directory, which
/// <see cref="System.IO.Compression.ZipArchive"/> keeps in memory whole.
/// </summary>
internal static class ZipEntryCount
{
    private const int EndRecordLength = 22;
    private const int MaxComment = ushort.MaxValue;

    /// <summary>The declared count; 0 when no end record is found (the zip reader then reports the damage).</summary>
    internal static long Read(FileStream file)
    {
        var length = file.Length;
        var tailLength = (int)Math.Min(length, EndRecordLength + MaxComment);
        if (tailLength < EndRecordLength)
        {
            return 0;
        }

        var tail = new byte[tailLength];
        file.Position = length - tailLength;
        file.ReadExactly(tail);
        for (var i = tailLength - EndRecordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != 0x06054b50)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            return count == ushort.MaxValue ? Zip64Count(file, length - tailLength + i) ?? count : count;
        }

        return 0;
    }

    /// <summary>The count of the ZIP64 end record, found through its locator just before the end record.</summary>
    private static long? Zip64Count(FileStream file, long endRecord)
    {
        Span<byte> buffer = stackalloc byte[56];
        if (endRecord < 20)
        {
            return null;
        }

        file.Position = endRecord - 20;
        file.ReadExactly(buffer[..20]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(buffer) != 0x07064b50)
        {
            return null;
        }

        var offset = BinaryPrimitives.ReadInt64LittleEndian(buffer[8..]);
        if (offset < 0 || offset > file.Length - 56)
        {
            return null;
        }

        file.Position = offset;
        file.ReadExactly(buffer);
        return BinaryPrimitives.ReadUInt32LittleEndian(buffer) == 0x06064b50
            ? (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(buffer[32..]), long.MaxValue)
            : null;
    }
}
