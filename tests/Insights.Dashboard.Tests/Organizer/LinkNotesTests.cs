using System.Globalization;
using System.Resources;
using Insights.Analytics.Linking;
using Insights.Reports;

namespace Insights.Dashboard.Tests.Organizer;

/// <summary>
/// The analysis's stage-link caveats reach a Chinese page in Chinese: each note the analysis writes has a resource key,
/// and both languages have its text (before, the Chinese report showed them in English and the Nu Html Checker read the
/// page as English).
/// </summary>
public sealed class LinkNotesTests
{
    [Theory]
    [InlineData(StageLinking.RestrictedRangeNote)]
    [InlineData(SelectionCorrection.Note)]
    public void Every_note_of_the_analysis_has_a_translation(string note)
    {
        var key = LinkNotes.Key(note);
        Assert.NotNull(key);
        var resources = new ResourceManager("Insights.Reports.Resources.ReportStrings", typeof(LinkNotes).Assembly);
        var zh = resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN"));
        var en = resources.GetString(key, CultureInfo.GetCultureInfo("en"));
        Assert.False(string.IsNullOrWhiteSpace(zh));
        Assert.Contains(zh, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.Equal(note, en);
    }

    [Fact]
    public void An_unknown_note_has_no_key()
    {
        Assert.Null(LinkNotes.Key("A note the dashboard does not know."));
    }
}
