using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Pages;

/// <summary>
/// A page kept as the UTF-8 bytes it is sent as. A page every visitor sees alike is rendered once (<see cref="VisitorPages"/>)
/// with <see cref="TokenSlot"/> where each form's anti-forgery token goes; each answer writes the bytes with the request's
/// own token in those gaps, so a busy page costs a token and a copy, not a rendering.
/// </summary>
internal sealed class RenderedPage(Html page) : IResult
{
    /// <summary>Stands for the token while rendering: random for each process (so no visitor can type it into a comment)
    /// and made of characters HTML encoding leaves as they are.</summary>
    public static readonly string TokenSlot = "echoes-token-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static readonly byte[] Slot = Encoding.UTF8.GetBytes(TokenSlot);

    // The page's bytes, encoded once, cut where the slots were (the slots left out).
    private readonly ReadOnlyMemory<byte>[] _parts = Cut(Encoding.UTF8.GetBytes(page.Value));
    private long Length => field > 0 ? field : field = _parts.Sum(p => (long)p.Length);

    private static ReadOnlyMemory<byte>[] Cut(byte[] page)
    {
        var parts = new List<ReadOnlyMemory<byte>>();
        int start = 0;
        for (int at; (at = page.AsSpan(start).IndexOf(Slot)) >= 0; start += at + Slot.Length) parts.Add(page.AsMemory(start, at));
        parts.Add(page.AsMemory(start));
        return [.. parts];
    }

    /// <summary>Writes the page (200, HTML), asking for the request's token only when a form needs one.</summary>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        byte[] token = _parts.Length == 1 ? [] : Encoding.UTF8.GetBytes(Html.Encode(
            httpContext.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(httpContext).RequestToken));
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = PageEndpoints.HtmlType;
        response.ContentLength = Length + (_parts.Length - 1) * (long)token.Length;
        for (int i = 0; i < _parts.Length; i++)
        {
            if (i > 0) response.BodyWriter.Write(token);
            response.BodyWriter.Write(_parts[i].Span);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
