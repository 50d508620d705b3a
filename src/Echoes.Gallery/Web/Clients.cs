using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Web;

/// <summary>Who is asking: the network address (for rate limits) and a visitor cookie (one mood response per visitor and work).</summary>
internal static class Clients
{
    private const string VisitorCookie = "echoes_visitor";

    public static string Address(HttpContext ctx) => ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The visitor's anonymous id, from a cookie set on their first response. A client that keeps no cookies is a new
    /// visitor each time; the per-address rate limit bounds what that can add.
    /// </summary>
    public static string Visitor(HttpContext ctx)
    {
        if (ctx.Request.Cookies.TryGetValue(VisitorCookie, out var v) && v.Length == 24 && !v.AsSpan().ContainsAnyExcept("0123456789abcdef"))
            return "v:" + v;
        string id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        ctx.Response.Cookies.Append(VisitorCookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), Path = "/" });
        return "v:" + id;
    }
}
