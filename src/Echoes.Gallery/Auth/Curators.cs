using Echoes.Gallery.Data;
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
/// an HttpOnly, SameSite=Strict cookie protected by ASP.NET Data Protection. The cookie names the key's hash (a new key
/// signs every browser out) and a session recorded in the database: signing out ends the session there, so a copy of
/// the cookie opens nothing afterwards. <see cref="Resolve"/> works this out once per request, before any endpoint asks.
/// The key's hash and the sessions are read from the database through its cache, so a new key or a sign-out on any
/// server sharing the database holds on every one as soon as the change is announced.
/// </summary>
internal sealed class Curators(IDataProtectionProvider protection, GalleryStore store)
{
    public const string CookieName = "echoes_curator";
    private static readonly TimeSpan SignedInFor = TimeSpan.FromDays(14);
    private static readonly object AccessItem = new();
    private readonly IDataProtector _protector = protection.CreateProtector("Echoes.Gallery.Curator");

    /// <summary>Middleware: how the request stands with the key, kept for <see cref="Check"/>.</summary>
    public async Task Resolve(HttpContext ctx, Func<Task> next)
    {
        ctx.Items[AccessItem] = await AccessOfAsync(ctx);
        await next();
    }

    /// <summary>How the request stands with the key (worked out by <see cref="Resolve"/>).</summary>
    public Access Check(HttpContext ctx) => ctx.Items.TryGetValue(AccessItem, out var a) && a is Access access ? access : Access.Visitor;

    public bool IsCurator(HttpContext ctx) => Check(ctx) is Access.Bearer or Access.Cookie;

    public async Task<bool> SignInAsync(HttpContext ctx, string key)
    {
        if (await store.CuratorKeyHashAsync() is not { } keyHash || !CuratorKey.Matches(key.Trim(), keyHash)) return false;
        string session = CuratorKey.Generate();
        var until = DateTimeOffset.UtcNow.Add(SignedInFor);
        await store.OpenCuratorSessionAsync(CuratorKey.Hash(session), until.ToUnixTimeMilliseconds());
        ctx.Response.Cookies.Append(CookieName, _protector.Protect($"{keyHash}|{session}|{until.ToUnixTimeSeconds()}"), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = ctx.Request.IsHttps, Path = "/", MaxAge = SignedInFor,
        });
        return true;
    }

    /// <summary>Ends the browser's session on the server and removes its cookie.</summary>
    public async Task SignOutAsync(HttpContext ctx)
    {
        if (ctx.Request.Cookies.TryGetValue(CookieName, out var cookie) && Session(cookie, await store.CuratorKeyHashAsync()) is { } session)
            await store.CloseCuratorSessionAsync(CuratorKey.Hash(session));
        ctx.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
    }

    private async Task<Access> AccessOfAsync(HttpContext ctx)
    {
        string auth = ctx.Request.Headers.Authorization.ToString();
        string? keyHash = await store.CuratorKeyHashAsync();
        if (auth.Length > 0)
        {
            if (!auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Access.WrongKey;
            return keyHash is not null && CuratorKey.Matches(auth[7..].Trim(), keyHash) ? Access.Bearer : Access.WrongKey;
        }
        if (ctx.Request.Cookies.TryGetValue(CookieName, out var cookie) && Session(cookie, keyHash) is { } session
            && await store.CuratorSessionOpenAsync(CuratorKey.Hash(session)))
            return Access.Cookie;
        return Access.Visitor;
    }

    // The session id in a cookie this gallery made with the current key, not yet past its time; else null.
    private string? Session(string cookie, string? keyHash)
    {
        if (keyHash is null) return null;
        try
        {
            var parts = _protector.Unprotect(cookie).Split('|');
            return parts.Length == 3 && parts[0] == keyHash && long.TryParse(parts[2], out long until)
                && until > DateTimeOffset.UtcNow.ToUnixTimeSeconds() ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }
}
