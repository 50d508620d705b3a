using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Web;

/// <summary>
/// Visitors' anonymous ids (one mood response per visitor and work), in a cookie the gallery issues and signs with
/// ASP.NET Data Protection: work pages give one to every browser that has none. A response counts only with an id
/// the gallery issued; without one it is refused and the answer carries a new cookie, so sending it again counts once.
/// A client that keeps no cookies is refused every time instead of counting as a new visitor each time, and made-up
/// ids are not accepted.
/// </summary>
internal sealed class Visitors(IDataProtectionProvider protection)
{
    public const string CookieName = "echoes_visitor";
    public const string Missing = "a response needs the visitor cookie this gallery sets; it has been set now: send the response again with it (in " +
        "a browser, reload the page)";
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(365);
    private readonly IDataProtector _protector = protection.CreateProtector("Echoes.Gallery.Visitor");

    /// <summary>The visitor's id, from a cookie this gallery issued; null when there is none.</summary>
    public string? Id(HttpContext ctx)
    {
        if (!ctx.Request.Cookies.TryGetValue(CookieName, out var cookie)) return null;
        try { return "v:" + _protector.Unprotect(cookie); }
        catch (CryptographicException) { return null; }
    }

    /// <summary>Gives the browser an id unless it holds one. Only presence is checked here (pages stay cheap: no
    /// cryptography for a returning visitor); a response with an id the gallery did not issue is refused and re-issued.</summary>
    public void Ensure(HttpContext ctx)
    {
        if (!ctx.Request.Cookies.ContainsKey(CookieName)) Issue(ctx);
    }

    /// <summary>Refuses a response sent without a valid id, and issues one for the next try.</summary>
    public IResult Refuse(HttpContext ctx)
    {
        Issue(ctx);
        return Errors.Result(ctx, StatusCodes.Status400BadRequest, Missing);
    }

    private void Issue(HttpContext ctx) =>
        ctx.Response.Cookies.Append(CookieName, _protector.Protect(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))),
            new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = KeptFor, Path = "/" });
}
