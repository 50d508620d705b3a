using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Echoes.Gallery.Auth;

/// <summary>How a request stands with the curator key.</summary>
internal enum Access
{
    /// <summary>No key: a visitor.</summary>
    Visitor,
    /// <summary>A key was sent, and it is wrong.</summary>
    WrongKey,
    /// <summary>The key was sent as <c>Authorization: Bearer KEY</c> (API clients: not sent by browsers on their own, so no forgery check).</summary>
    Bearer,
    /// <summary>A signed-in curator's browser cookie (state changes also need the anti-forgery token).</summary>
    Cookie,
}

/// <summary>
/// Tells curators from visitors. API clients send the key as a bearer token; people sign in once with the key and get
/// an HttpOnly, SameSite=Strict cookie protected by ASP.NET Data Protection. The cookie names the key's hash, so a new
/// key signs every browser out.
/// </summary>
internal sealed class Curators(IDataProtectionProvider protection, string keyHash)
{
    public const string CookieName = "echoes_curator";
    private static readonly TimeSpan SignedInFor = TimeSpan.FromDays(14);
    private readonly IDataProtector _protector = protection.CreateProtector("Echoes.Gallery.Curator");

    public Access Check(HttpContext ctx)
    {
        string auth = ctx.Request.Headers.Authorization.ToString();
        if (auth.Length > 0)
        {
            if (!auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Access.WrongKey;
            return CuratorKey.Matches(auth[7..].Trim(), keyHash) ? Access.Bearer : Access.WrongKey;
        }
        if (ctx.Request.Cookies.TryGetValue(CookieName, out var cookie) && Valid(cookie)) return Access.Cookie;
        return Access.Visitor;
    }

    public bool IsCurator(HttpContext ctx) => Check(ctx) is Access.Bearer or Access.Cookie;

    public bool SignIn(HttpContext ctx, string key)
    {
        if (!CuratorKey.Matches(key.Trim(), keyHash)) return false;
        long until = DateTimeOffset.UtcNow.Add(SignedInFor).ToUnixTimeSeconds();
        ctx.Response.Cookies.Append(CookieName, _protector.Protect($"{keyHash}|{until}"), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = ctx.Request.IsHttps, Path = "/", MaxAge = SignedInFor,
        });
        return true;
    }

    public static void SignOut(HttpContext ctx) => ctx.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });

    private bool Valid(string cookie)
    {
        try
        {
            var parts = _protector.Unprotect(cookie).Split('|');
            return parts.Length == 2 && parts[0] == keyHash && long.TryParse(parts[1], out long until)
                && until > DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }
        catch (System.Security.Cryptography.CryptographicException) { return false; }
    }
}
