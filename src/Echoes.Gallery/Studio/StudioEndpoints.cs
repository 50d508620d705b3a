using System.Text.Json;
using Echoes.Gallery.Api;
using Echoes.Gallery.Web;
using Echoes.Gallery.Works;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Echoes.Gallery.Studio;

/// <summary>
/// The studio's API: start a painting, follow its strokes as server-sent events while the painter places them, see the
/// finished render, and hang it. Events: <c>begin</c> (logical size and ground), <c>strokes</c> (batches in the plan
/// format; the event id is the count sent, so a reconnecting page resumes), <c>done</c>, <c>error</c>.
/// </summary>
internal static class StudioEndpoints
{
    private const int Batch = 256;

    public static void Map(IEndpointRouteBuilder app)
    {
        var studio = app.MapGroup("/api/studio").WithTags("Studio").RequireCurator();
        long upload = app.ServiceProvider.GetRequiredService<GalleryOptions>().MaxUploadBytes;
        studio.MapPost("", async (HttpContext ctx, StudioSessions sessions, GalleryOptions o) =>
        {
            var s = sessions.Start(PaintRequest.Read(await Forms.ReadAsync(ctx, o), o));
            return Results.Accepted($"/api/studio/{s.Id}/events", new StudioStarted(s.Id, $"/api/studio/{s.Id}/events"));
        }).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery().WithBodyLimit(upload);
        studio.MapGet("/{id}/events", (string id, HttpContext ctx, StudioSessions sessions) => Stream(Session(sessions, id), ctx));
        studio.MapGet("/{id}/painting.png", async (string id, StudioSessions sessions, Workshop workshop) =>
            Results.File(await workshop.RenderPngAsync(Session(sessions, id).Plan
                ?? throw new GalleryError(409, "the painting is not finished yet")), "image/png"));
        studio.MapPost("/{id}/hang", async (string id, HangInput input, StudioSessions sessions, Workshop workshop, GalleryService g) =>
        {
            var w = await Hang(Session(sessions, id), input, workshop, g);
            return Results.Created($"/api/works/{w.Id}", WorkView.Of(w));
        });
        app.MapPost("/studio/{id}/hang", async (string id, HttpContext ctx, StudioSessions sessions, Workshop workshop, GalleryService g) =>
        {
            var form = await ctx.Request.ReadFormAsync();
            long exhibition = long.TryParse(form["exhibitionId"], out long e) ? e : throw new GalleryError(400, "exhibitionId: choose an exhibition");
            var w = await Hang(Session(sessions, id), new HangInput(exhibition, form["title"], form["statement"]), workshop, g);
            return Results.Redirect($"/works/{w.Id}");
        }).ExcludeFromDescription().RequireCurator();
    }

    private static StudioSession Session(StudioSessions sessions, string id) =>
        sessions.Get(id) ?? throw GalleryError.NotFound($"studio painting {id} (paintings are kept an hour after they finish)");

    private static async Task<Data.Work> Hang(StudioSession s, HangInput input, Workshop workshop, GalleryService g)
    {
        var plan = s.Plan ?? throw new GalleryError(409, s.Error ?? "the painting is not finished yet");
        await g.ExhibitionAsync(input.ExhibitionId);
        if (s.WorkId is long done) return await g.WorkAsync(done);
        var r = s.Request with
        {
            Title = Field.Line("title", input.Title, PaintRequest.MaxTitle, required: false) is { Length: > 0 } t ? t : s.Request.Title,
            Statement = Field.Check("statement", input.Statement, PaintRequest.MaxStatement, required: false),
        };
        var w = await workshop.HangAsync(input.ExhibitionId, r, plan);
        s.WorkId = w.Id;
        return w;
    }

    private static async Task Stream(StudioSession s, HttpContext ctx)
    {
        var response = ctx.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        ctx.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var ct = ctx.RequestAborted;
        int sent = int.TryParse(ctx.Request.Headers["Last-Event-ID"], out int resume) ? Math.Max(0, resume) : 0;
        bool begun = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (!begun && s.Canvas is { } c)
                {
                    await Event(response, "begin", null, w =>
                    {
                        w.WriteStartObject(); w.WriteNumber("width", c.Width); w.WriteNumber("height", c.Height);
                        w.WriteStartArray("background"); w.WriteNumberValue(c.Background.R); w.WriteNumberValue(c.Background.G);
                        w.WriteNumberValue(c.Background.B); w.WriteEndArray();
                        w.WriteEndObject();
                    }, ct);
                    begun = true;
                }
                var strokes = begun ? s.From(sent, Batch) : [];
                if (strokes.Length > 0)
                {
                    sent += strokes.Length;
                    await Event(response, "strokes", sent, w =>
                        { w.WriteStartArray(); foreach (var st in strokes) st.WriteJson(w); w.WriteEndArray(); }, ct);
                    continue;
                }
                if (s.Finished && sent >= s.Count)
                {
                    if (s.Error is { } error) await Event(response, "error", null, w =>
                    {
                        w.WriteStartObject(); w.WriteString("error",
                        error); w.WriteEndObject();
                    }, ct);
                    else await Event(response, "done", null, w =>
                    {
                        w.WriteStartObject(); w.WriteNumber("strokes", sent); w.WriteString("image",
                            $"/api/studio/{s.Id}/painting.png"); w.WriteEndObject();
                    }, ct);
                    return;
                }
                await s.WaitAsync(sent, TimeSpan.FromSeconds(15), ct);
                if (s.Count == sent && !s.Finished) await response.WriteAsync(": waiting\n\n", ct);
                // Let strokes gather a moment: fewer, larger events while the painter is fast.
                else await Task.Delay(40, ct);
            }
        }
        catch (OperationCanceledException) { /* the page went away */ }
    }

    private static async Task Event(HttpResponse response, string name, int? id, Action<Utf8JsonWriter> data, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms)) data(w);
        await response.WriteAsync(id is int i ? $"event: {name}\nid: {i}\ndata: " : $"event: {name}\ndata: ", ct);
        await response.Body.WriteAsync(ms.ToArray(), ct);
        await response.WriteAsync("\n\n", ct);
        await response.Body.FlushAsync(ct);
    }
}
