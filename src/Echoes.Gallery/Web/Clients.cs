using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Web;

/// <summary>Who is asking: the network address (for rate limits) and a visitor cookie (one mood response per visitor and work).</summary>
internal static class Clients
{
    private const string VisitorCookie = "echoes_visitor";

    public static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The visitor's anonymous id, set as a cookie on first use; API clients without cookies count by address.</summary>
    public static string Visitor(HttpContext ctx, bool setCookie)
    {
        if (ctx.Request.Cookies.TryGetValue(VisitorCookie, out var v) && v.Length == 24 && !v.AsSpan().ContainsAnyExcept("0123456789abcdef"))
            return "v:" + v;
        if (!setCookie) return "a:" + Address(ctx);
        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        ctx.Response.Cookies.Append(VisitorCookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Path = "/" });
        return "v:" + id;
    }
}
