using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Insights.Dashboard.Hosting;

/// <summary>
/// Writes the pages' non-ASCII characters as UTF-8 instead of the numeric character references Blazor's server
/// renderer emits for every one of them (<c>&amp;#x8D5B;</c> for 赛; its encoder is not configurable for Razor
/// components, dotnet/aspnetcore#47477): Chinese pages were 2-3 times their size and unreadable as source. Only
/// references to non-ASCII scalar values are rewritten; <c>&amp;lt;</c>, <c>&amp;amp;</c>, <c>&amp;#x27;</c> and
/// the other ASCII ones stay, so nothing the encoder escaped for safety is unescaped. Runs inside the output cache,
/// which stores the rewritten page.
/// </summary>
public static partial class CharacterReferences
{
    /// <summary>The middleware: buffers a Razor page's HTML and rewrites it; other responses pass through untouched.</summary>
    /// <param name="context">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task.</returns>
    public static async Task RewritePagesAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            await next().ConfigureAwait(false);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && context.Response.Headers.ContentEncoding.Count == 0)
        {
            var bytes = Encoding.UTF8.GetBytes(Decode(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Replaces every hexadecimal or decimal character reference to a non-ASCII Unicode scalar value (U+0080 and
    /// above, no surrogate, no C1 control, no noncharacter) by the character itself.
    /// </summary>
    /// <param name="html">HTML.</param>
    /// <returns>The same document with those characters written out.</returns>
    public static string Decode(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Reference().Replace(html, match =>
        {
            var hex = match.Groups["hex"];
            var value = hex.Success
                ? int.Parse(hex.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : int.Parse(match.Groups["dec"].Value, CultureInfo.InvariantCulture);
            var writable = value is >= 0xA0 and <= 0x10FFFF
                && value is not (>= 0xD800 and <= 0xDFFF)
                && value is not (>= 0xFDD0 and <= 0xFDEF)
                && (value & 0xFFFE) != 0xFFFE;
            return writable ? char.ConvertFromUtf32(value) : match.Value;
        });
    }

    [GeneratedRegex("&#(?:[xX](?<hex>[0-9A-Fa-f]{1,6})|(?<dec>[0-9]{1,7}));")]
    private static partial Regex Reference();
}
