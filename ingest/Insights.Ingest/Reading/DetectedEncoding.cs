using System.Text;

namespace Insights.Ingest.Reading;

/// <summary>A text encoding chosen for a file, with the name <see cref="TableReader.Encoding"/> reports.</summary>
/// <param name="Encoding">Decoder settings: invalid bytes become U+FFFD, never an exception.</param>
/// <param name="Name"><c>utf-8</c>, <c>utf-8-bom</c>, <c>gb18030</c>, <c>gbk</c>, <c>utf-16le</c> or <c>utf-16be</c>.</param>
internal sealed record DetectedEncoding(Encoding Encoding, string Name);
