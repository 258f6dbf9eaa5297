using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Insights.Reports.Components;
using Insights.Reports.Resources;
using Insights.Warehouse.Reading.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Insights.Reports;

/// <summary>
/// Renders the report's components (the ones the organizer page shows) into self-contained HTML documents with Blazor's
/// <see cref="HtmlRenderer"/>: the HTML file and what Chromium prints to PDF. The same data gives the same bytes.
/// </summary>
public sealed class ReportRenderer : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    /// <summary>A renderer with the report's services (localization).</summary>
    public ReportRenderer()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        // Text as it is (Chinese included), not as numeric character references: HtmlEncoder.Default escapes all but Basic Latin.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    /// <summary>The culture of a report language.</summary>
    /// <param name="language">zh or en.</param>
    /// <returns>zh-CN or en.</returns>
    /// <exception cref="ArgumentException">Another language.</exception>
    public static CultureInfo Culture(string language) => language switch
    {
        "zh" => CultureInfo.GetCultureInfo("zh-CN"),
        "en" => CultureInfo.GetCultureInfo("en"),
        _ => throw new ArgumentException($"未知语言 '{language}'（zh 或 en）/ unknown language '{language}' (zh or en)", nameof(language)),
    };

    /// <summary>One track's report as an HTML document.</summary>
    /// <param name="report">The report's data.</param>
    /// <param name="residuals">The residual matrices (empty: no heatmap).</param>
    /// <param name="language">zh or en.</param>
    /// <returns>The document.</returns>
    public Task<string> TrackAsync(TrackReport report, IReadOnlyList<ResidualMatrix> residuals, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(residuals);
        var culture = Culture(language);
        return RenderAsync(culture, l => l["Title", report.Track.Label(language == "zh")], builder =>
        {
            builder.OpenComponent<TrackReportView>(0);
            builder.AddComponentParameter(1, nameof(TrackReportView.Report), report);
            builder.AddComponentParameter(2, nameof(TrackReportView.Residuals), residuals);
            builder.AddComponentParameter(3, nameof(TrackReportView.Standalone), true);
            builder.CloseComponent();
        });
    }

    /// <summary>The season's report over its tracks as an HTML document.</summary>
    /// <param name="season">The season.</param>
    /// <param name="tracks">Every track's report.</param>
    /// <param name="seasonWide">The findings that name no track.</param>
    /// <param name="version">The data version.</param>
    /// <param name="language">zh or en.</param>
    /// <param name="trackFile">A track report's file name (linked relatively), or null for no links.</param>
    /// <returns>The document.</returns>
    public Task<string> DivisionAsync(string season, IReadOnlyList<TrackReport> tracks, IReadOnlyList<FindingRow> seasonWide, DataVersion version, string language,
        Func<string, string>? trackFile)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        var culture = Culture(language);
        return RenderAsync(culture, l => tracks.Any(t => t.Track.CommitteeCode.Length > 0) ? l["DivisionTitle"] : l["SeasonTitle"], builder =>
        {
            builder.OpenComponent<DivisionReportView>(0);
            builder.AddComponentParameter(1, nameof(DivisionReportView.Season), season);
            builder.AddComponentParameter(2, nameof(DivisionReportView.Tracks), tracks);
            builder.AddComponentParameter(3, nameof(DivisionReportView.SeasonWide), seasonWide);
            builder.AddComponentParameter(4, nameof(DivisionReportView.Version), version);
            builder.AddComponentParameter(5, nameof(DivisionReportView.TrackFile), trackFile);
            builder.CloseComponent();
        });
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        await _services.DisposeAsync().ConfigureAwait(false);
    }

    private async Task<string> RenderAsync(CultureInfo culture, Func<IStringLocalizer, string> title, RenderFragment body)
    {
        // The components read the reader's language from the UI culture, which flows into the renderer's dispatcher.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var localizer = _services.GetRequiredService<IStringLocalizer<ReportStrings>>();
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(StandaloneDocument.Title)] = title(localizer),
                [nameof(StandaloneDocument.Lang)] = culture.Name,
                [nameof(StandaloneDocument.ChildContent)] = body,
            });
            var html = await _renderer.Dispatcher.InvokeAsync(async () => (await _renderer.RenderComponentAsync<StandaloneDocument>(parameters).ConfigureAwait(false)).ToHtmlString())
                .ConfigureAwait(false);
            return "<!DOCTYPE html>\n" + html;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
