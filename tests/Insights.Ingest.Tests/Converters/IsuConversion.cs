using System.Diagnostics;
using Insights.Ingest.Converters;

namespace Insights.Ingest.Tests.Converters;

/// <summary>The ISU data set converted once, with its summary and the time it took.</summary>
public sealed class IsuConversion : IDisposable
{
    public IsuConversion()
    {
        Output = Path.Combine(Path.GetTempPath(), $"insights-isu-{Guid.NewGuid():N}.csv");
        var clock = Stopwatch.StartNew();
        Summary = IsuFigureSkatingConverter.Convert(SharedDatasets.Isu, Output);
        Elapsed = clock.Elapsed;
        Csv = LongScoreCsv.Read(Output);
    }

    public string Output { get; }

    public ConversionSummary Summary { get; }

    public TimeSpan Elapsed { get; }

    internal LongScoreCsv Csv { get; }

    public void Dispose() => File.Delete(Output);
}
