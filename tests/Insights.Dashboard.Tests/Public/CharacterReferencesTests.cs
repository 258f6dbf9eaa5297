using System.Net;
using System.Text.RegularExpressions;
using Insights.Dashboard.Hosting;
using Insights.Dashboard.Tests.Support;

namespace Insights.Dashboard.Tests.Public;

/// <summary>
/// The pages' non-ASCII characters are written as UTF-8, not as the numeric references Blazor's renderer emits: the
/// rewriting by hand-made cases (ASCII references, surrogates, C1 controls and noncharacters kept), and a served page
/// in both languages (a Chinese page carries its characters; the byte length matches the header; a second request,
/// from the output cache, is the same).
/// </summary>
public sealed partial class CharacterReferencesTests
{
    [Fact]
    public void Only_references_to_non_ASCII_characters_are_written_out()
    {
        Assert.Equal("赛道", CharacterReferences.Decode("&#x8D5B;&#x9053;"));
        Assert.Equal("赛", CharacterReferences.Decode("&#36187;"));
        Assert.Equal("😀 ·\u00A0", CharacterReferences.Decode("&#x1F600; &#xB7;&#xA0;"));
        // What the encoder escaped for safety, and what is not a character to write, stays as it is.
        const string kept = "&lt;&amp;&quot;&#x27;&#x3C;&#60;&#x85;&#xD83D;&#xDE00;&#xFFFE;&#xFDD0;&#x110000;&#x8D5B";
        Assert.Equal(kept, CharacterReferences.Decode(kept));
    }

    [Fact]
    public async Task Served_pages_carry_their_characters_and_the_cache_serves_the_same()
    {
        using var factory = new DashboardFactory((await ServedSeason.SharedAsync()).Warehouse);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/?culture=zh-CN", "/tracks/T01?culture=zh-CN", "/?culture=en", "/account/login" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotMatch(NonAsciiReference(), html);
            if (path.Contains("zh-CN", StringComparison.Ordinal))
            {
                Assert.Contains("赛道", html, StringComparison.Ordinal);
            }

            // The public pages come from the output cache the second time (the sign-in form has a fresh token each time).
            if (!path.StartsWith("/account", StringComparison.Ordinal))
            {
                var again = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                Assert.Equal(bytes, again);
            }
        }
    }

    /// <summary>A hexadecimal reference to U+0080 or above (what Blazor writes for every Chinese character).</summary>
    [GeneratedRegex("&#x(0*[89A-Fa-f][0-9A-Fa-f]|0*[0-9A-Fa-f]{3,6});")]
    private static partial Regex NonAsciiReference();
}
