using Echoes.Gallery.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static Echoes.Gallery.Pages.Html;

namespace Echoes.Gallery.Pages;

/// <summary>What every page needs to know about the request: is a curator looking, and the anti-forgery token its forms carry.</summary>
internal sealed record PageContext(bool Curator, string Token)
{
    public static PageContext For(HttpContext ctx)
    {
        var tokens = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        return new PageContext(ctx.RequestServices.GetRequiredService<Curators>().IsCurator(ctx), tokens.RequestToken ?? "");
    }

    /// <summary>The hidden field every form carries.</summary>
    public Html Field => H($"<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"{Token}\">");

    /// <summary>A one-button form that posts to <paramref name="action"/>.</summary>
    public Html Button(string action, string label, string cssClass = "", string? confirm = null) =>
        H($"<form method=\"post\" action=\"{action}\" class=\"inline\"{(confirm is null ? Empty : H($" data-confirm=\"{confirm}\""))}>{Field}<button class=\"{cssClass}\">{label}</button></form>");
}
