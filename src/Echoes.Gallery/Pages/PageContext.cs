using Echoes.Gallery.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>What every page needs to know about the request: is a curator looking, and the anti-forgery token its
/// forms carry. The token is made only when a form asks for it (pages without forms cost no cryptography) and once per page.</summary>
internal sealed class PageContext
{
    private readonly Func<string> _makeToken;
    private Html? _field;
    private string? _token;

    private PageContext(bool curator, Func<string> makeToken) => (Curator, _makeToken) = (curator, makeToken);

    public static PageContext For(HttpContext ctx) => For(ctx, ctx.RequestServices.GetRequiredService<Curators>().IsCurator(ctx));

    public static PageContext For(HttpContext ctx, bool curator) =>
        new(curator, () => ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx).RequestToken ?? "");

    /// <summary>A visitor's page rendered once for every visitor (<see cref="RenderedPage"/>): its forms carry
    /// <see cref="RenderedPage.TokenSlot"/>, which each request fills with its own token.</summary>
    public static PageContext Shared() => new(false, () => RenderedPage.TokenSlot);

    public bool Curator { get; }

    /// <summary>Whether a form on the page has asked for the token (then scripts get it too).</summary>
    public bool HasToken => _token is not null;

    public string Token => _token ??= _makeToken();

    /// <summary>The hidden field every form carries.</summary>
    public Html Field => _field ??= H($"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{Token}\">");

    /// <summary>A one-button form that posts to <paramref name="action"/>.</summary>
    public Html Button(string action, string label, string cssClass = "", string? confirm = null) =>
        H($"<form method=\"post\" action=\"{action}\" " +
            $"class=\"inline\"{(confirm is null ? Empty : H($" data-confirm=\"{confirm}\""))}>{Field}<button " +
                $"class=\"{cssClass}\">{label}</button></form>");
}
