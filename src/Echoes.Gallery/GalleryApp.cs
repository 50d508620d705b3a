using System.Net;
using System.Net.Sockets;
using Echoes.Gallery.Api;
using Echoes.Gallery.Auth;
using Echoes.Gallery.Data;
using Echoes.Gallery.Pages;
using Echoes.Gallery.Studio;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Echoes.Gallery;

/// <summary>
/// Starts the gallery: opens (and migrates) the database, issues the curator key on first start, and serves the pages,
/// the studio and the JSON API on the given address.
/// </summary>
public static class GalleryApp
{
    /// <summary>Starts serving; returns once the server listens.</summary>
    /// <param name="options">Address, storage and limits.</param>
    /// <param name="output">Where the start-up lines go: the address, and <c>Curator key: KEY</c> on first start.</param>
    /// <param name="ct">Cancels start-up.</param>
    /// <exception cref="EchoesException">The data folder or database cannot be used, or the port is taken.</exception>
    public static async Task<RunningGallery> StartAsync(GalleryOptions options, TextWriter output, CancellationToken ct = default)
    {
        var o = options with { DataDirectory = CreateDataFolder(options.DataDirectory) };
        var db = Database.For(o);
        var store = new GalleryStore(db, TimeProvider.System);
        var (keyHash, newKey) = await OpenAsync(db, store, o, ct);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "Echoes.Gallery", ContentRootPath = o.DataDirectory,
        });
        ConfigureServer(builder, o);
        AddServices(builder.Services, o, db, store);
        var app = builder.Build();
        app.Services.GetRequiredService<RenderCache>(); // opened now: a smaller limit than last time applies at once
        UseMiddleware(app, o, db, store);
        MapEndpoints(app);
        await SharedState.StartAsync(app.Services, db, ct);

        var url = await ListenAsync(app, db, o, ct);
        // The key is stored and shown only once the server listens: a failed start must not use up the one showing.
        // Servers starting together on an empty database each made one: only the first stored is shown (and used).
        if (newKey is not null && (o.NewCuratorKey ? await SetKeyAsync(store, keyHash) : await store.CreateCuratorKeyHashAsync(keyHash)))
            output.WriteLine($"Curator key: {newKey}");
        string files = db.Postgres is null ? $"files in {o.DataDirectory}" : "files in the database";
        output.WriteLine($"Echoes gallery: {url.ToString().TrimEnd('/')} ({db.Description}; {files})");
        return new RunningGallery(app, url, db);
    }

    // The data folder (made absolute) and its files folder, created when missing.
    private static string CreateDataFolder(string folder)
    {
        string data = Path.GetFullPath(folder);
        try { Directory.CreateDirectory(data); Directory.CreateDirectory(Path.Combine(data, "files")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EchoesException(data, $"cannot create the data folder: {e.Message.TrimEnd('.')}");
        }
        return data;
    }

    // Logging and Kestrel: the address, the default body limit, no Server header.
    private static void ConfigureServer(WebApplicationBuilder builder, GalleryOptions o)
    {
        builder.Logging.ClearProviders().AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error) // keys sit unencrypted in the data folder, as the database does
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None); // start-up failures are reported as one line (ListenAsync)
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(Address(o.Host), o.Port);
            k.Limits.MaxRequestBodySize = BodyLimits.Default; // routes with larger bodies (uploads) say so
            k.AddServerHeader = false;
        });
    }

    // The gallery's own services, then the framework's: data protection, anti-forgery, form, routing and JSON limits,
    // the OpenAPI document, rate limits and HSTS.
    private static void AddServices(IServiceCollection s, GalleryOptions o, Database db, GalleryStore store)
    {
        s.AddSingleton(o).AddSingleton(db).AddSingleton(store)
            .AddSingleton<GalleryService>().AddSingleton<Workshop>().AddSingleton<DownloadRenders>().AddSingleton<StudioSessions>()
            .AddSingleton<Curators>().AddSingleton<Visitors>();
        SharedState.Add(s, o, db, store);
        s.AddAntiforgery(a =>
        {
            a.HeaderName = "X-CSRF-TOKEN";
            a.Cookie.Name = "echoes_csrf";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        s.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = o.MaxUploadBytes);
        s.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(r => r.ThrowOnBadRequest = true);
        s.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            j.SerializerOptions.MaxDepth = Limits.MaxNestingDepth; // the reader stops there: no deep body reaches the stack
        });
        s.AddOpenApi(a => a.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Echoes gallery API";
            doc.Info.Description = "Exhibitions, works, discussions and responses. Curator operations need `Authorization: Bearer KEY`.";
            return Task.CompletedTask;
        }));
        RateLimits.Add(s, o);
        s.AddHsts(h => h.MaxAge = TimeSpan.FromDays(365));
        PaintQueue.Add(s, o);
    }

    // The middleware, in the order a request meets it.
    private static void UseMiddleware(WebApplication app, GalleryOptions o, Database db, GalleryStore store)
    {
        if (o.BehindProxy || o.Proxies.Count > 0)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            foreach (string proxy in o.Proxies) forwarded.KnownProxies.Add(IPAddress.TryParse(proxy, out var a) ? a
                : throw new EchoesException("--proxy", $"\"{proxy}\" is not an IP address (the reverse proxy's, e.g. 10.0.0.2)"));
            app.UseForwardedHeaders(forwarded);
            app.UseHsts(); // only answers that went out over HTTPS carry it
        }
        // Every cookie (the curator's, the visitor's, the anti-forgery one) is HttpOnly, and Secure whenever the request came over HTTPS.
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.SameAsRequest, HttpOnly = HttpOnlyPolicy.Always });
        app.Use(Failures.Handle);
        SharedState.Use(app, db, store); // before anything reads through the cache
        app.Use(SecurityHeaders);
        app.Use(app.Services.GetRequiredService<Curators>().Resolve); // before CuratorsFirst, which reads what it resolved
        app.Use(Guards.CuratorsFirst);
        app.Use(BodyLimits.RefuseOversized);
        app.UseRateLimiter();
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapOpenApi();
        StaticAssets.Map(app);
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        StudioEndpoints.Map(app);
        WorkFiles.Map(app);
    }

    // Starts listening and returns the address listened on; a taken port is one line, and closes the database.
    private static async Task<Uri> ListenAsync(WebApplication app, Database db, GalleryOptions o, CancellationToken ct)
    {
        try { await app.StartAsync(ct); }
        catch (IOException e) when (e.InnerException is SocketException or null || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            await db.DisposeAsync();
            throw new EchoesException("--port", $"cannot listen on {o.Host}:{o.Port}: {e.Message.TrimEnd('.')} (choose another port with --port)");
        }
        return new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private static async Task<bool> SetKeyAsync(GalleryStore store, string hash)
    {
        await store.SetCuratorKeyHashAsync(hash);
        return true;
    }

    // Opens the database and applies the schema; on first start (or --new-key) makes a new curator key.
    private static async Task<(string Hash, string? NewKey)> OpenAsync(Database db, GalleryStore store, GalleryOptions o, CancellationToken ct)
    {
        try
        {
            await Migrations.ApplyAsync(db, ct);
            if (await store.CuratorKeyHashAsync() is { } hash && !o.NewCuratorKey) return (hash, null);
            string key = CuratorKey.Generate();
            return (CuratorKey.Hash(key), key);
        }
        catch (SqliteException e)
        {
            await db.DisposeAsync();
            throw new EchoesException(db.Description, $"cannot open the database for writing: {e.Message.Replace("SQLite Error ", "").TrimEnd('.')}");
        }
        catch (PostgresException e)
        {
            await db.DisposeAsync();
            throw new EchoesException(db.Description, $"PostgreSQL refused: {e.MessageText}");
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            await db.DisposeAsync();
            throw new EchoesException(db.Description, $"the PostgreSQL server is unreachable: {(e.InnerException ?? e).Message.TrimEnd('.')}");
        }
    }

    private static IPAddress Address(string host) => host switch
    {
        "localhost" => IPAddress.Loopback,
        "*" or "0.0.0.0" => IPAddress.Any,
        _ => IPAddress.TryParse(host, out var a) ? a
            : throw new EchoesException("--host", $"\"{host}\" is not an IP address (use 127.0.0.1, 0.0.0.0 or ::)"),
    };

    // Even if some text escaped encoding, the policy forbids inline script: pages run only the gallery's own files.
    private static Task SecurityHeaders(HttpContext ctx, Func<Task> next)
    {
        var h = ctx.Response.Headers;
        h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
            "frame-ancestors 'none'; form-action 'self'";
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "same-origin";
        return next();
    }
}
